using System.Globalization;
using System.Text.Json;
using Telltale.Core.Alerting;
using Telltale.Core.Serialization;

namespace Telltale.Web.Services;

/// <summary>Rules as people read and edit them in the dashboard: a one-line summary, and the same JSON the API takes.</summary>
public static class RuleText
{
    private static readonly JsonSerializerOptions Indented = new(TelltaleJson.Options) { WriteIndented = true };

    public static string Summary(AlertRule rule)
    {
        var op = rule.Condition.Direction == Direction.Up ? ">" : "<";
        var condition = rule.Condition switch
        {
            StaticThreshold s => $"{op} {s.Threshold.ToString(CultureInfo.InvariantCulture)}",
            RelativeToBaseline r => $"{(r.Direction == Direction.Up ? "+" : "−")}{r.ChangePercent.ToString(CultureInfo.InvariantCulture)} % vs " +
                                    (r.Baseline == BaselineKind.SameTimeLastWeek ? "same time last week" : $"trailing {r.Periods} windows"),
            AnomalyCondition a => $"anomaly (robust z {op} {a.ZThreshold.ToString(CultureInfo.InvariantCulture)}, {a.Seasonality.ToString().ToLowerInvariant()} seasonality)",
            _ => "?",
        };
        var groups = rule.GroupBy.Count > 0 ? $" by {string.Join(", ", rule.GroupBy)}" : "";
        return $"{rule.Metric}{groups} over {Telltale.Core.Time.DurationText.Format(rule.Window)} {condition}";
    }

    public static string ToJson(AlertRule rule) => JsonSerializer.Serialize(rule, Indented);

    /// <summary>The rule in the text, or the reasons it is not one (bad JSON, or what the validator refuses).</summary>
    public static (AlertRule? Rule, IReadOnlyList<string> Errors) Parse(string json)
    {
        AlertRule? rule;
        try
        {
            rule = JsonSerializer.Deserialize<AlertRule>(json, TelltaleJson.Options);
        }
        catch (JsonException ex)
        {
            return (null, [$"Not a valid rule: {ex.Message}"]);
        }
        if (rule is null) return (null, ["The rule is empty."]);
        if (string.IsNullOrWhiteSpace(rule.Id)) rule = rule with { Id = Telltale.Core.Projects.ApiKeySecrets.NewId() };
        var errors = AlertRuleValidator.Validate(rule);
        return errors.Count > 0 ? (null, errors) : (rule, []);
    }

    public const string Template = """
        {
          "name": "High error rate",
          "metric": "errorRate",
          "filters": { "system": ["my-assistant"] },
          "groupBy": ["model"],
          "window": "15m",
          "condition": { "type": "static", "direction": "up", "threshold": 0.05, "recovery": 0.03 },
          "minSamples": 50,
          "for": "5m",
          "noData": "idle",
          "severity": "critical",
          "runbookMarkdown": "Check the provider status page, then the latest deployment."
        }
        """;
}
