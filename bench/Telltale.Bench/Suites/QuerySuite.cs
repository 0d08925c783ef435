using Telltale.Bench.Cli;
using Telltale.Bench.Measurement;
using Telltale.Bench.Reporting;
using Telltale.Bench.Suites.Query;
using Telltale.Core.Querying;
using Telltale.Storage.DuckDb;

namespace Telltale.Bench.Suites;

/// <summary>
/// Read latency over a large store (5M spans over 30 days by default): the dashboard's metrics query over three
/// windows grouped by model, trace searches, and opening one trace. Each is the median of several warm runs.
/// </summary>
public static class QuerySuite
{
    public static async Task RunAsync(BenchArgs args)
    {
        var settings = QuerySettings.From(args);
        var dataDir = settings.DataDir ?? Path.Combine(Path.GetTempPath(), "telltale-bench-query");
        var filePath = Path.Combine(dataDir, "telltale.duckdb");
        Console.WriteLine($"query: store at {filePath}");

        using var database = new DuckDbDatabase(filePath);
        QueryStoreBuilder.EnsureSpans(database, settings);
        var spans = QueryStoreBuilder.CountSpans(database);
        var newest = QueryStoreBuilder.NewestStart(database).AddSeconds(1);
        var reader = new DuckDbTelemetryReader(database);
        var project = QueryStoreBuilder.ProjectId;

        var model = MetricDimension.TryParse("model", out var dimension, out _) ? dimension! : throw new InvalidOperationException();
        MetricsQuery Metrics(TimeSpan window, TimeSpan step) => new() { Range = new TimeRange(newest - window, newest), Step = step, GroupBy = [model] };
        TimeRange Last(TimeSpan window) => new(newest - window, newest);

        var sampleTrace = (await reader.SearchTracesAsync(project, new TraceQuery { Range = Last(TimeSpan.FromHours(1)), Limit = 1 }, default)).Items[0].TraceId;

        var cases = new (string Name, string Detail, Func<Task<int>> Run)[]
        {
            ("metrics 24 h", "step 1 h, by model", async () => (await reader.QueryMetricsAsync(project, Metrics(TimeSpan.FromHours(24), TimeSpan.FromHours(1)), default)).Series.Count),
            ("metrics 7 d", "step 6 h, by model", async () => (await reader.QueryMetricsAsync(project, Metrics(TimeSpan.FromDays(7), TimeSpan.FromHours(6)), default)).Series.Count),
            ("metrics 30 d", "step 1 d, by model", async () => (await reader.QueryMetricsAsync(project, Metrics(TimeSpan.FromDays(30), TimeSpan.FromDays(1)), default)).Series.Count),
            ("trace search 24 h", "no filter, page of 50", async () => (await reader.SearchTracesAsync(project, new TraceQuery { Range = Last(TimeSpan.FromHours(24)) }, default)).Items.Count),
            ("trace search 7 d", "model + status=error", async () => (await reader.SearchTracesAsync(project, new TraceQuery { Range = Last(TimeSpan.FromDays(7)), Model = "gpt-4o-2024-08-06", Status = "error" }, default)).Items.Count),
            ("trace search 30 d", "user filter", async () => (await reader.SearchTracesAsync(project, new TraceQuery { Range = Last(TimeSpan.FromDays(30)), UserId = "user-0042" }, default)).Items.Count),
            ("trace search 24 h", "text \"refund\"", async () => (await reader.SearchTracesAsync(project, new TraceQuery { Range = Last(TimeSpan.FromHours(24)), Text = "refund" }, default)).Items.Count),
            ("get trace", "5 spans with messages", async () => (await reader.GetTraceAsync(project, sampleTrace, default))?.Spans.Count ?? 0),
        };

        var table = new FiguresTable($"QUERY — {Format.Count(spans)} spans over {settings.Days} days, {Format.Bytes(StoreBytes(filePath))} on disk; median of {settings.Runs} warm runs",
            "query", "detail", "median", "min", "max", "rows");
        foreach (var (name, detail, run) in cases)
        {
            var rows = 0;
            var times = await Statistics.TimeAsync(async () => rows = await run(), warmups: 1, runs: settings.Runs);
            table.Row(name, detail, Format.Ms(Statistics.Median(times)), Format.Ms(times.Min()), Format.Ms(times.Max()), Format.Count(rows));
        }
        table.Print();
    }

    private static long StoreBytes(string filePath) =>
        new FileInfo(filePath).Length + (File.Exists(filePath + ".wal") ? new FileInfo(filePath + ".wal").Length : 0);
}
