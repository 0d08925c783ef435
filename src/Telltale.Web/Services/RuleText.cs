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
