using Telltale.Bench.Cli;
using Telltale.Bench.Measurement;
using Telltale.Bench.Reporting;
using Telltale.Bench.Suites.Query;
using Telltale.Core.Dashboard;
using Telltale.Core.Querying;
using Telltale.Storage.DuckDb;

namespace Telltale.Bench.Suites;

/// <summary>
/// Server-side time to build what the dashboard shows, over the large query store (5M spans over 30 days): the
/// overview (every system's card) and one system's page at each range preset. The baseline, measured in the same
/// run, is the cheapest building block: one 24-hour metrics query grouped by system. Target: each page under 1 s.
/// </summary>
public static class DashboardSuite
{
    private static readonly TimeSpan Target = TimeSpan.FromSeconds(1);

    public static async Task RunAsync(BenchArgs args)
    {
        var settings = QuerySettings.From(args);
        var (database, spans, now) = QueryStoreBuilder.Open(settings);
        using var _ = database;
        var project = QueryStoreBuilder.ProjectId;

        var reader = new DuckDbTelemetryReader(database);
        var alerts = new DuckDbAlertStore(database);
        var overview = new OverviewBuilder(reader, alerts, new DuckDbScoreStore(database), new DuckDbFeedbackStore(database),
            new DuckDbIntentStore(database, TimeProvider.System), new FixedTime(now));
        var systemPage = new SystemPageBuilder(reader, new DuckDbChangeStore(database), alerts);
        var system = (await reader.ListSystemsAsync(project, default)).OrderByDescending(s => s.SpanCount).First().Name;
        var bySystem = new MetricDimension("system", DimensionSource.Field, "system");
        var byModel = new MetricDimension("model", DimensionSource.Field, "model");

        var baseline = await Statistics.TimeAsync(() => reader.QueryMetricsAsync(project,
            new MetricsQuery { Range = TimeRange.Last(TimeSpan.FromHours(24), now), GroupBy = [bySystem] }, default), warmups: 1, runs: settings.Runs);
        var baselineMs = Statistics.Median(baseline);

        var cases = new List<(string Name, string Detail, Func<Task<int>> Run)>
        {
            ("overview", "all system cards", async () => (await overview.BuildAsync(project, default)).Systems.Count),
        };
        foreach (var range in new[] { "1h", "24h", "7d", "30d" })
        {
            var window = Telltale.Web.Services.RangeSelection.Presets[range];
            cases.Add(($"system page {range}", $"{system}, by model", async () =>
                (await systemPage.BuildAsync(project, system, TimeRange.Last(window, now), byModel, default)).Groups.Count));
        }

        var table = new FiguresTable($"DASHBOARD — {Format.Count(spans)} spans over {settings.Days} days; median of {settings.Runs} warm runs; " +
                                     $"baseline (one 24 h metrics query by system) {Format.Ms(baselineMs)}",
            "page", "detail", "median", "min", "max", "× baseline", "goal < 1 s", "items");
        foreach (var (name, detail, run) in cases)
        {
            var items = 0;
            var times = await Statistics.TimeAsync(async () => items = await run(), warmups: 1, runs: settings.Runs);
            var median = Statistics.Median(times);
            table.Row(name, detail, Format.Ms(median), Format.Ms(times.Min()), Format.Ms(times.Max()), (median / baselineMs).ToString("0.0") + "×",
                median < Target.TotalMilliseconds ? "MET" : "MISSED", Format.Count(items));
        }
        table.Print();
    }
}
