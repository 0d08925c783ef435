using Telltale.Core.Alerting;
using Telltale.Core.Querying;
using Telltale.Core.Storage;

namespace Telltale.Server.Alerting;

/// <summary>
/// Fetches what a condition compares against, per group: the previous windows (trailing baseline), the same window a
/// week ago, or the same window on previous days or weeks (seasonal anomaly history).
/// </summary>
public sealed class RuleHistory(ITelemetryReader reader, RuleObservations observations)
{
    private const int NonSeasonalHistoryWindows = 12;
    private const int MaxFeedbackWindows = 30;

    public async Task<IReadOnlyDictionary<string, List<double>>> LoadAsync(string projectId, AlertRule rule, DateTimeOffset end, CancellationToken ct)
    {
        var history = new Dictionary<string, List<double>>();
        switch (rule.Condition)
        {
            case RelativeToBaseline { Baseline: BaselineKind.TrailingAverage } c when ScoreRuleMetrics.IsWindowOnly(rule.Metric):
                // Feedback and scores have no time-series query; their rules use few, long windows, so one query each is fine.
                for (var i = 1; i <= Math.Min(c.Periods, MaxFeedbackWindows); i++) await AddWindowAsync(projectId, rule, end - rule.Window * i, history, ct);
                break;
            case RelativeToBaseline { Baseline: BaselineKind.TrailingAverage } c:
                await AddSeriesAsync(projectId, rule, new TimeRange(end - rule.Window * (c.Periods + 1), end - rule.Window), history, ct);
                break;
            case RelativeToBaseline { Baseline: BaselineKind.SameTimeLastWeek }:
                await AddWindowAsync(projectId, rule, end - TimeSpan.FromDays(7), history, ct);
                break;
            case AnomalyCondition { Seasonality: Seasonality.Daily }:
                for (var day = 1; day <= 7; day++) await AddWindowAsync(projectId, rule, end - TimeSpan.FromDays(day), history, ct);
                break;
            case AnomalyCondition { Seasonality: Seasonality.Weekly }:
                for (var week = 1; week <= 4; week++) await AddWindowAsync(projectId, rule, end - TimeSpan.FromDays(7 * week), history, ct);
                break;
            case AnomalyCondition:
                await AddSeriesAsync(projectId, rule, new TimeRange(end - rule.Window * (NonSeasonalHistoryWindows + 1), end - rule.Window), history, ct);
                break;
        }
        return history;
    }

    private async Task AddSeriesAsync(string projectId, AlertRule rule, TimeRange range, Dictionary<string, List<double>> history, CancellationToken ct)
    {
        var result = await reader.QueryMetricsAsync(projectId, RuleQueries.For(rule, range) with { Step = rule.Window }, ct);
        foreach (var series in result.Series)
            foreach (var point in series.Points)
                Add(history, RuleQueries.GroupKey(series.Group), RuleMetrics.Read(rule.Metric, point.Values));
    }

    private async Task AddWindowAsync(string projectId, AlertRule rule, DateTimeOffset end, Dictionary<string, List<double>> history, CancellationToken ct)
    {
        foreach (var (key, observed) in await observations.ObserveAsync(projectId, rule, new TimeRange(end - rule.Window, end), ct))
            Add(history, key, observed.Observation);
    }

    private static void Add(Dictionary<string, List<double>> history, string key, Observation observation)
    {
        if (observation.Value is not { } value || observation.Samples == 0) return;
        if (!history.TryGetValue(key, out var list)) history[key] = list = [];
        list.Add(value);
    }
}
