using Telltale.Core.Alerting;
using Telltale.Core.Changes;
using Telltale.Core.Querying;
using Telltale.Core.Storage;

namespace Telltale.Core.Dashboard;

/// <summary>Three metric queries per page whatever the range: root spans (requests), model calls, and model calls
/// grouped by the chosen dimension; plus the change events and firing alerts of the system.</summary>
public sealed class SystemPageBuilder(ITelemetryReader telemetry, IChangeStore changes, IAlertStore alerts)
{
    public async Task<SystemPage> BuildAsync(string projectId, string system, TimeRange range, MetricDimension groupBy, CancellationToken ct)
    {
        var step = StepFor(range);
        // Beyond a day, exact percentiles would sort millions of durations per refresh; a sketch is within ~1 %.
        var approximate = range.To - range.From > TimeSpan.FromHours(25);
        var filter = new DimensionFilter(new MetricDimension("system", DimensionSource.Field, "system"), [system]);
        var requests = await telemetry.QueryMetricsAsync(projectId, new MetricsQuery
        {
            Range = range, Step = step, Filters = [filter], Kinds = [MetricsQuery.RootKind], ApproximatePercentiles = approximate,
        }, ct);
        var calls = await telemetry.QueryMetricsAsync(projectId,
            new MetricsQuery { Range = range, Step = step, Filters = [filter], ApproximatePercentiles = approximate }, ct);
        var groups = await telemetry.QueryMetricsAsync(projectId, new MetricsQuery
        {
            Range = range, Step = step, Filters = [filter], GroupBy = [groupBy], MaxGroups = 12, ApproximatePercentiles = approximate,
        }, ct);
        var events = await changes.ListAsync(projectId, range, system, null, ct);
        var firing = (await alerts.ListAlertsAsync(projectId, AlertRecord.Firing, 1000, ct)).Where(a => a.System == system).ToList();
        return new SystemPage(system, range, step, groupBy.Name, requests.Series.FirstOrDefault(), calls.Series.FirstOrDefault(),
            groups.Series, events, firing);
    }

    /// <summary>Roughly 60 to 170 points per chart: enough shape, few enough to read.</summary>
    public static TimeSpan StepFor(TimeRange range)
    {
        var span = range.To - range.From;
        TimeSpan[] steps =
        [
            TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromHours(1),
            TimeSpan.FromHours(2), TimeSpan.FromHours(6), TimeSpan.FromDays(1),
        ];
        foreach (var step in steps)
            if (span / step <= 170) return step;
        return TimeSpan.FromDays(Math.Ceiling(span / TimeSpan.FromDays(1) / 170));
    }
}
