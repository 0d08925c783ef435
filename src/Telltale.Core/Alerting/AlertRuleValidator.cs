using Telltale.Core.Querying;

namespace Telltale.Core.Alerting;

/// <summary>Every problem with a rule at once, in words a user can act on.</summary>
public static class AlertRuleValidator
{
    public static IReadOnlyList<string> Validate(AlertRule rule)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(rule.Id) || rule.Id.Length > 200) errors.Add("'id' must be 1 to 200 characters.");
        if (string.IsNullOrWhiteSpace(rule.Name)) errors.Add("'name' is required.");
        if (!RuleMetrics.IsKnown(rule.Metric))
            errors.Add($"'metric' '{rule.Metric}' is unknown; use one of {string.Join(", ", RuleMetrics.Names.Concat(FeedbackRuleMetrics.Names).Concat(CanaryRuleMetrics.Names).Concat(RuleMetrics.Planned))}, score.<name> or canaryScore.<canary>.");
        if (rule.Window <= TimeSpan.Zero || rule.Window > TimeSpan.FromDays(31)) errors.Add("'window' must be between 1s and 31d.");
        if (rule.For < TimeSpan.Zero) errors.Add("'for' must not be negative.");
        if (rule.MinSamples < 0) errors.Add("'minSamples' must not be negative.");
        foreach (var name in rule.GroupBy.Concat(rule.Filters.Keys))
            if (!MetricDimension.TryParse(name, out _, out var error)) errors.Add(error!);
        switch (rule.Condition)
        {
            case null:
                errors.Add("'condition' is required: {\"type\": \"static\" | \"relative\" | \"anomaly\", …}.");
                break;
            case StaticThreshold s when s.Recovery is { } r && (s.Direction == Direction.Up ? r > s.Threshold : r < s.Threshold):
                errors.Add("'condition.recovery' must be on the good side of the threshold (below it for direction up).");
                break;
            case RelativeToBaseline rel when rel.ChangePercent <= 0 || rel.Periods < 1:
                errors.Add("'condition.changePercent' must be positive and 'condition.periods' at least 1.");
                break;
            case AnomalyCondition a when a.ZThreshold <= 0 || a.RecoveryZ > a.ZThreshold || a.MinSeasons < 1:
                errors.Add("'condition.zThreshold' must be positive, 'recoveryZ' at most zThreshold, 'minSeasons' at least 1.");
                break;
        }
        return errors;
    }
}
