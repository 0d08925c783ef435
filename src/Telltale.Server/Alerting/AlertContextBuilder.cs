using Telltale.Core.Alerting;
using Telltale.Core.Querying;
using Telltale.Core.Storage;

namespace Telltale.Server.Alerting;

/// <summary>
/// What an alert says beyond its number, computed once when it fires: the segment the deviation is concentrated in
/// and example traces from the window.
/// </summary>
public sealed class AlertContextBuilder(ITelemetryReader telemetry)
{
    private static readonly string[] CandidateDimensions = ["model", "provider", "feature", "environment", "version", "operation", "user"];
    private const int BaselineWindows = 7;

    public async Task<Concentration?> FindConcentrationAsync(string projectId, AlertRule rule, IReadOnlyDictionary<string, string?> group,
        TimeRange window, double? normal, CancellationToken ct)
    {
        // Feedback and scores have no span dimensions (model, feature, …) to break them down by.
        if (ScoreRuleMetrics.IsWindowOnly(rule.Metric)) return null;
        var direction = rule.Condition.Direction;
        var periods = rule.Condition is RelativeToBaseline { Baseline: BaselineKind.TrailingAverage } r ? r.Periods : BaselineWindows;
        var baselineRange = new TimeRange(window.From - (window.To - window.From) * periods, window.From);
        var segments = new List<SegmentFigures>();
        foreach (var dimension in CandidateDimensions.Where(d => !rule.GroupBy.Contains(d, StringComparer.OrdinalIgnoreCase)))
        {
            var current = await QueryAsync(projectId, rule, group, dimension, window, ct);
            var baseline = await QueryAsync(projectId, rule, group, dimension, baselineRange, ct);
            // Values seen only in the baseline count too: a model that stopped answering is half of a model switch.
            foreach (var value in current.Keys.Union(baseline.Keys))
                segments.Add(new SegmentFigures(dimension, value.Length == 0 ? null : value,
                    current.TryGetValue(value, out var now) ? now : new MetricValues(),
                    baseline.TryGetValue(value, out var before) ? PerWindow(before, periods) : null));
        }
        return SegmentAttribution.Find(rule.Metric, direction, normal, segments);
    }

    public async Task<IReadOnlyList<string>> ExampleTracesAsync(string projectId, AlertRule rule, string? system, TimeRange window, CancellationToken ct)
    {
        var errorsOnly = rule.Metric is "errorRate" or "errors" or "rateLimitedShare";
        var page = await telemetry.SearchTracesAsync(projectId, new TraceQuery
        {
            Range = window,
            System = system,
            Status = errorsOnly ? "error" : null,
            Limit = 3,
        }, ct);
        return page.Items.Select(t => t.TraceId).ToList();
    }

    private async Task<Dictionary<string, MetricValues>> QueryAsync(string projectId, AlertRule rule, IReadOnlyDictionary<string, string?> group,
        string dimension, TimeRange range, CancellationToken ct)
    {
        var query = RuleQueries.For(rule, range);
        var groupFilters = group.Where(g => g.Value is not null).Select(g => new DimensionFilter(RuleQueries.Dimension(g.Key), [g.Value!]));
        query = query with { GroupBy = [RuleQueries.Dimension(dimension)], Filters = query.Filters.Concat(groupFilters).ToList(), MaxGroups = 50 };
        var result = await telemetry.QueryMetricsAsync(projectId, query, ct);
        return result.Series.ToDictionary(s => s.Group.Values.First() ?? "", s => s.Totals);
    }

    /// <summary>Additive figures of a multi-window baseline brought down to one window.</summary>
    private static MetricValues PerWindow(MetricValues v, int windows) => v with
    {
        Count = v.Count / windows,
        Errors = v.Errors / windows,
        CostUsd = v.CostUsd / windows,
        InputTokens = v.InputTokens / windows,
        OutputTokens = v.OutputTokens / windows,
    };
}
