using Telltale.Core.Evaluation.Canary;
using Telltale.Core.Feedback;
using Telltale.Core.Querying;
using Telltale.Core.Scores;

namespace Telltale.Core.Quality;

/// <summary>
/// Is the system still good? Every quality signal over time in one place — evaluator and custom scores, user
/// feedback, canary runs — under the names alert rules use, for the API and the dashboard's quality charts alike.
/// </summary>
public sealed class QualityReport(IScoreStore scores, IFeedbackStore feedback, ICanaryStore canaries)
{
    /// <summary>About fifty points whatever the range, on round steps.</summary>
    public static TimeSpan DefaultStep(TimeSpan range) => range switch
    {
        _ when range <= TimeSpan.FromHours(2) => TimeSpan.FromMinutes(5),
        _ when range <= TimeSpan.FromDays(2) => TimeSpan.FromHours(1),
        _ when range <= TimeSpan.FromDays(14) => TimeSpan.FromHours(6),
        _ => TimeSpan.FromDays(1),
    };

    public sealed record Result(DateTimeOffset From, DateTimeOffset To, double StepSeconds, IReadOnlyList<QualitySeries> Series);

    public async Task<Result> BuildAsync(string projectId, TimeRange range, TimeSpan step, string? system, CancellationToken ct)
    {
        var series = new List<QualitySeries>();
        series.AddRange((await scores.SeriesAsync(projectId, range, step, system, ct))
            .GroupBy(p => p.Metric).OrderBy(g => g.Key).Select(g => new QualitySeries(g.Key, QualitySeries.Scores, g.OrderBy(p => p.Time).ToList())));
        series.AddRange((await feedback.SeriesAsync(projectId, range, step, system, ct))
            .GroupBy(p => p.Metric).OrderBy(g => g.Key).Select(g => new QualitySeries(g.Key, QualitySeries.Feedback, g.OrderBy(p => p.Time).ToList())));
        foreach (var canary in await canaries.ListAsync(projectId, ct))
        {
            if (system is not null && canary.System != system) continue;
            // Runs are points in time of their own (hourly, or on a model change), not bucketed.
            var runs = (await canaries.ListRunsAsync(projectId, canary.Id, 500, ct))
                .Where(r => r.Status == CanaryRun.Completed && r.FinishedAt >= range.From && r.FinishedAt < range.To && r.Score is not null)
                .OrderBy(r => r.FinishedAt)
                .Select(r => new QualityPoint($"{Alerting.CanaryRuleMetrics.Score}.{canary.Name}", r.FinishedAt!.Value, r.ScoredItems, r.Score)).ToList();
            if (runs.Count > 0) series.Add(new QualitySeries(runs[0].Metric, QualitySeries.Canary, runs));
        }
        return new Result(range.From, range.To, step.TotalSeconds, series);
    }

}
