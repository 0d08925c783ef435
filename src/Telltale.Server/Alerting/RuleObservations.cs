using Telltale.Core.Alerting;
using Telltale.Core.Feedback;
using Telltale.Core.Querying;
using Telltale.Core.Storage;

namespace Telltale.Server.Alerting;

/// <summary>A rule's metric over one window, per group, from wherever that metric lives: spans for operational and
/// cost metrics, feedback for user signals (which group by system only).</summary>
public sealed class RuleObservations(ITelemetryReader telemetry, IFeedbackStore feedback, Core.Scores.IScoreStore scores,
    Core.Evaluation.Canary.ICanaryStore canaries)
{
    public sealed record Observed(IReadOnlyDictionary<string, string?> Group, Observation Observation, MetricValues? Values);

    public async Task<Dictionary<string, Observed>> ObserveAsync(string projectId, AlertRule rule, TimeRange range, CancellationToken ct)
    {
        if (ScoreRuleMetrics.Handles(rule.Metric))
            return await ObserveScoresAsync(projectId, rule, range, ct);
        if (CanaryRuleMetrics.Parse(rule.Metric) is { } canary)
            return await ObserveCanariesAsync(projectId, rule, canary.Canary, range, ct);
        if (!FeedbackRuleMetrics.Handles(rule.Metric))
        {
            var result = await telemetry.QueryMetricsAsync(projectId, RuleQueries.For(rule, range), ct);
            return result.Series.ToDictionary(s => RuleQueries.GroupKey(s.Group),
                s => new Observed(s.Group, RuleMetrics.Read(rule.Metric, s.Totals), s.Totals));
        }

        var systems = rule.Filters.TryGetValue("system", out var wanted) ? wanted : null;
        var summaries = (await feedback.SummarizeAsync(projectId, range, null, ct))
            .Where(s => systems is null || (s.System is not null && systems.Contains(s.System))).ToList();
        if (rule.GroupBy.Contains("system", StringComparer.OrdinalIgnoreCase))
            return summaries.ToDictionary(s => RuleQueries.GroupKey(Group(s.System)),
                s => new Observed(Group(s.System), FeedbackRuleMetrics.Read(rule.Metric, s), null));
        var all = FeedbackRuleMetrics.Combine(summaries);
        return summaries.Count == 0
            ? []
            : new() { [""] = new Observed(new Dictionary<string, string?>(), FeedbackRuleMetrics.Read(rule.Metric, all), null) };
    }

    private async Task<Dictionary<string, Observed>> ObserveScoresAsync(string projectId, AlertRule rule, TimeRange range, CancellationToken ct)
    {
        var systems = rule.Filters.TryGetValue("system", out var wanted) ? wanted : null;
        var summaries = (await scores.SummarizeAsync(projectId, range, ScoreRuleMetrics.ScoreName(rule.Metric), ct))
            .Where(s => s.Count > 0 && (systems is null || (s.System is not null && systems.Contains(s.System)))).ToList();
        if (rule.GroupBy.Contains("system", StringComparer.OrdinalIgnoreCase))
            return summaries.ToDictionary(s => RuleQueries.GroupKey(Group(s.System)), s => new Observed(Group(s.System), new Observation(s.Mean, s.Count), null));
        var count = summaries.Sum(s => s.Count);
        return count == 0
            ? []
            : new() { [""] = new Observed(new Dictionary<string, string?>(), new Observation(summaries.Sum(s => s.Mean!.Value * s.Count) / count, count), null) };
    }

    private async Task<Dictionary<string, Observed>> ObserveCanariesAsync(string projectId, AlertRule rule, string? canary, TimeRange range, CancellationToken ct)
    {
        var systems = rule.Filters.TryGetValue("system", out var wanted) ? wanted : null;
        var runs = (await canaries.LatestCompletedAsync(projectId, range.From, range.To, ct))
            .Where(r => (canary is null || r.CanaryName == canary) && (systems is null || systems.Contains(r.System))).ToList();
        if (runs.Count == 0) return [];
        if (rule.GroupBy.Contains("system", StringComparer.OrdinalIgnoreCase))
            return runs.GroupBy(r => r.System).ToDictionary(g => RuleQueries.GroupKey(Group(g.Key)),
                g => new Observed(Group(g.Key), CanaryRuleMetrics.Read(rule.Metric, g.ToList()), null));
        return new() { [""] = new Observed(new Dictionary<string, string?>(), CanaryRuleMetrics.Read(rule.Metric, runs), null) };
    }

    private static Dictionary<string, string?> Group(string? system) => new() { ["system"] = system };
}
