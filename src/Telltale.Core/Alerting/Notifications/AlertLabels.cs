namespace Telltale.Core.Alerting.Notifications;

/// <summary>The labels routing and silences match on: rule, ruleName, severity, system, metric and the group's dimensions.</summary>
public static class AlertLabels
{
    public static IReadOnlyDictionary<string, string> Of(AlertRecord alert)
    {
        var labels = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["rule"] = alert.RuleId,
            ["ruleName"] = alert.RuleName,
            ["severity"] = alert.Severity.ToString().ToLowerInvariant(),
            ["metric"] = alert.Metric,
        };
        if (alert.System is not null) labels["system"] = alert.System;
        foreach (var (key, value) in alert.Group)
            if (value is not null) labels[key] = value;
        return labels;
    }

    public static bool Matches(AlertRecord alert, IReadOnlyDictionary<string, string> match)
    {
        var labels = Of(alert);
        return match.All(m => labels.TryGetValue(m.Key, out var v) && string.Equals(v, m.Value, StringComparison.OrdinalIgnoreCase));
    }
}
