using Telltale.Core.Alerting;
using Telltale.Core.Feedback;
using Telltale.Core.Intents;
using Telltale.Core.Querying;
using Telltale.Core.Scores;
using Telltale.Core.Storage;

namespace Telltale.Core.Dashboard;

/// <summary>
/// Builds the overview with a fixed, small number of store queries however many systems there are: one hourly
/// request series over 24 hours and one daily cost series over eight days, both grouped by system, plus the alert,
/// score, feedback and intent summaries.
/// </summary>
public sealed class OverviewBuilder(ITelemetryReader telemetry, IAlertStore alerts, IScoreStore scores, IFeedbackStore feedback,
    IIntentStore intents, TimeProvider time)
{
    private static readonly MetricDimension BySystem = new("system", DimensionSource.Field, "system");

    public async Task<Overview> BuildAsync(string projectId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var hourStart = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero);
        var last24h = new TimeRange(hourStart.AddHours(-23), now);
        var today = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        var week = new TimeRange(today.AddDays(-7), now);

        var systems = await telemetry.ListSystemActivityAsync(projectId, week.From, ct);
        var requests = await telemetry.QueryMetricsAsync(projectId, new MetricsQuery
        {
            Range = last24h, Step = TimeSpan.FromHours(1), GroupBy = [BySystem], Kinds = [MetricsQuery.RootKind], MaxGroups = 1000,
        }, ct);
        var costs = await telemetry.QueryMetricsAsync(projectId, new MetricsQuery
        {
            Range = week, Step = TimeSpan.FromDays(1), GroupBy = [BySystem], MaxGroups = 1000, Percentiles = false,
        }, ct);
        var firing = await alerts.ListAlertsAsync(projectId, AlertRecord.Firing, 10_000, ct);
        var quality24h = await scores.SummarizeQualityAsync(projectId, last24h, ct);
        var quality7d = await scores.SummarizeQualityAsync(projectId, week, ct);
        var feedback24h = await feedback.SummarizeAsync(projectId, last24h, null, ct);
        var feedback7d = await feedback.SummarizeAsync(projectId, week, null, ct);
        var tagged7d = await intents.CountBySystemAsync(projectId, week, ct);

        var cards = systems.Select(system =>
        {
            var req = requests.Series.FirstOrDefault(s => s.Group["system"] == system.Name);
            var cost = costs.Series.FirstOrDefault(s => s.Group["system"] == system.Name);
            var alertsHere = firing.Where(a => a.System == system.Name).ToList();
            var q24 = quality24h.FirstOrDefault(q => q.System == system.Name);
            var f24 = feedback24h.FirstOrDefault(f => f.System == system.Name);
            var hasTraffic = system.LastSeen is not null;
            return new SystemCard
            {
                Name = system.Name,
                Environments = system.Environments,
                LastSeen = system.LastSeen,
                Health = SystemCard.HealthOf(alertsHere.Select(a => a.Severity)),
                FiringAlerts = alertsHere.Count,
                Requests = req?.Totals.Count ?? 0,
                ErrorRate = req?.Totals.ErrorRate ?? 0,
                P95LatencyMs = req?.Totals.LatencyP95Ms,
                CostToday = cost?.Points.Where(p => p.Time >= today).Sum(p => p.Values.CostUsd) ?? 0,
                CostDailyAverage7d = (cost?.Points.Where(p => p.Time < today).Sum(p => p.Values.CostUsd) ?? 0) / 7,
                QualityScore = q24?.Mean,
                QualityScoreCount = q24?.Count ?? 0,
                ThumbsUpRate = f24?.ThumbsUpRate,
                FeedbackCount = f24 is null ? 0 : f24.Thumbs + f24.Ratings + f24.CsatResponses + f24.Edits + f24.Accepted + f24.Escalated + f24.Abandoned,
                RequestSparkline = Hourly(req, last24h.From, p => p.Count),
                ErrorSparkline = Hourly(req, last24h.From, p => p.Errors),
                Maturity = Maturity.Assess(
                    operational: hasTraffic,
                    qualityEvaluated: quality7d.Any(q => q.System == system.Name && q.Count > 0),
                    userSignals: feedback7d.Any(f => f.System == system.Name),
                    drift: false, // no drift monitoring exists yet: an honest "missing" until it does
                    intents: tagged7d.GetValueOrDefault(system.Name) > 0),
            };
        }).OrderBy(c => c.Health == "ok" ? 1 : 0).ThenByDescending(c => c.Requests).ThenBy(c => c.Name).ToList();
        return new Overview(now, cards);
    }

    /// <summary>24 hourly values with the empty hours as zero, so every sparkline has the same time axis.</summary>
    private static IReadOnlyList<long> Hourly(MetricSeries? series, DateTimeOffset from, Func<MetricValues, long> value)
    {
        var values = new long[24];
        foreach (var point in series?.Points ?? [])
        {
            var hour = (int)Math.Floor((point.Time - from).TotalHours);
            if (hour is >= 0 and < 24) values[hour] = value(point.Values);
        }
        return values;
    }
}
