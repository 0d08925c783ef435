using Telltale.Core.Feedback;
using Telltale.Core.Querying;
using Telltale.Core.Scores;
using Telltale.Core.Storage;

namespace Telltale.Core.Intents;

/// <summary>Puts the per-intent figures of requests, model calls, feedback and scores side by side: two metric
/// queries, one feedback summary and one score summary whatever the number of intents.</summary>
public sealed class IntentBreakdownBuilder(ITelemetryReader telemetry, IFeedbackStore feedback, IScoreStore scores)
{
    public async Task<IntentBreakdown> BuildAsync(string projectId, string? system, TimeRange range, CancellationToken ct)
    {
        IReadOnlyList<DimensionFilter> filters = system is null ? [] : [new DimensionFilter(new MetricDimension("system", DimensionSource.Field, "system"), [system])];
        // Beyond a day, exact percentiles would sort millions of durations; a sketch is within ~1 %.
        var approximate = range.To - range.From > TimeSpan.FromHours(25);
        var requests = await telemetry.QueryMetricsAsync(projectId, new MetricsQuery
        {
            Range = range, GroupBy = [MetricDimension.Intent], Filters = filters, Kinds = [MetricsQuery.RootKind],
            ApproximatePercentiles = approximate, MaxGroups = 1000,
        }, ct);
        var calls = await telemetry.QueryMetricsAsync(projectId, new MetricsQuery
        {
            Range = range, GroupBy = [MetricDimension.Intent], Filters = filters, Percentiles = false, MaxGroups = 1000,
        }, ct);
        var signals = (await feedback.SummarizeByIntentAsync(projectId, range, system, ct)).ToDictionary(f => Key(f.Intent));
        var quality = (await scores.SummarizeNamesAsync(projectId, range, system, byIntent: true, ct)).ToLookup(s => Key(s.Intent));

        var byRequests = requests.Series.ToDictionary(s => Key(IntentOf(s)), s => s.Totals);
        var byCalls = calls.Series.ToDictionary(s => Key(IntentOf(s)), s => s.Totals);
        var total = byRequests.Values.Sum(v => v.Count);
        var rows = byRequests.Keys.Concat(byCalls.Keys).Concat(signals.Keys).Concat(quality.Select(g => g.Key)).Distinct()
            .Select(key => Row(key, byRequests.GetValueOrDefault(key), byCalls.GetValueOrDefault(key), signals.GetValueOrDefault(key), quality[key], total))
            .OrderBy(r => r.Intent is null).ThenByDescending(r => r.Traces).ThenBy(r => r.Intent, StringComparer.Ordinal)
            .ToList();
        return new IntentBreakdown(range, system, total, rows);
    }

    private static IntentBreakdownRow Row(string key, MetricValues? requests, MetricValues? calls, FeedbackSummary? signals,
        IEnumerable<ScoreNameSummary> quality, long total) => new()
    {
        Intent = key == Untagged ? null : key,
        Traces = requests?.Count ?? 0,
        Share = total == 0 ? 0 : (double)(requests?.Count ?? 0) / total,
        Errors = requests?.Errors ?? 0,
        ErrorRate = requests?.ErrorRate ?? 0,
        LatencyP95Ms = requests?.LatencyP95Ms,
        CostUsd = calls?.CostUsd ?? 0,
        CostPerTraceUsd = calls?.CostPerTraceUsd,
        Thumbs = signals?.Thumbs ?? 0,
        ThumbsUpRate = signals?.ThumbsUpRate,
        CsatResponses = signals?.CsatResponses ?? 0,
        MeanCsat = signals?.MeanCsat,
        Escalations = signals?.Escalated ?? 0,
        Abandonments = signals?.Abandoned ?? 0,
        Scores = quality.ToDictionary(s => s.Name, s => new ScoreMean(s.Count, s.Mean)),
    };

    private static string? IntentOf(MetricSeries series) => series.Group.GetValueOrDefault(MetricDimension.Intent.Name);

    /// <summary>Dictionary keys cannot be null; untagged traces get a key no intent name can have (names are trimmed).</summary>
    private const string Untagged = " untagged";

    private static string Key(string? intent) => intent ?? Untagged;
}
