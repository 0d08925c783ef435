using System.Text.Json;
using Telltale.Core.Projects;
using Telltale.Core.Serialization;

namespace Telltale.Core.Alerting;

/// <summary>A rule as the API and the dashboard's editor receive it: JSON, given an id when it has none, validated.</summary>
public static class AlertRuleJson
{
    /// <param name="id">The id the rule must have (an update); otherwise its own, or a new one.</param>
    /// <returns>The rule, or the reasons the text is not an acceptable rule.</returns>
    public static (AlertRule? Rule, IReadOnlyList<string> Errors) Parse(string json, string? id = null)
    {
        AlertRule? rule;
        try
        {
            rule = string.IsNullOrWhiteSpace(json) ? null : JsonSerializer.Deserialize<AlertRule>(json, TelltaleJson.Options);
        }
        catch (JsonException ex)
        {
            return (null, [$"The rule is not valid JSON for an alert rule: {ex.Message}"]);
        }
        if (rule is null) return (null, ["A rule body is required."]);
        if (id is not null) rule = rule with { Id = id };
        else if (string.IsNullOrWhiteSpace(rule.Id)) rule = rule with { Id = ApiKeySecrets.NewId() };
        var errors = AlertRuleValidator.Validate(rule);
        return errors.Count > 0 ? (null, errors) : (rule, []);
    }
}
