using Microsoft.Extensions.DependencyInjection;
using System.Diagnostics;
using Telltale.Bench.Cli;
using Telltale.Bench.Generation;
using Telltale.Bench.Measurement;
using Telltale.Bench.Reporting;
using Telltale.Bench.Suites.Ingest;
using Telltale.Storage.DuckDb;

namespace Telltale.Bench.Suites;

/// <summary>
/// End-to-end ingest: pre-encoded OTLP/HTTP protobuf bodies POSTed by concurrent clients to the real server, each
/// acknowledged only once committed; then every acknowledged span is counted in DuckDB. In the same run, the raw
/// baseline appends the same rows straight through the store's writer, and each stage is timed on its own.
/// </summary>
public static class IngestSuite
{
    public static async Task RunAsync(BenchArgs args)
    {
        var settings = IngestSettings.From(args);
        Console.WriteLine($"ingest: {settings.Spans:N0} spans in bodies of {settings.SpansPerRequest}, {settings.Clients} clients" +
                          (settings.DurationSeconds > 0 ? $", {settings.DurationSeconds:N0} s" : "") + $", {Environment.ProcessorCount} cores");

        var (warmup, bodies) = Generate(settings);
        if (settings.RawOnly)
        {
            var alone = RawAppendBaseline.Run(warmup, bodies, settings.RawGroup);
            PrintStages(alone, null);
            return;
        }
        var baselineRss = ProcessMemory.ResidentBytesAfterFullGc();

        LoadResult load;
        LatencyRecorder latencies = new();
        long rssIdle, rssPeak, rssAfter, storedRows, expectedRows;
        ServerCommitStats commits;
        TimeSpan cpu;
        await using (var server = await BenchServer.StartAsync(settings.KeepDataDir))
        {
            using var http = OtlpLoadRunner.CreateClient(server.Server.HttpAddress, BenchServer.ApiKey, settings.Clients);
            var runner = new OtlpLoadRunner(http, settings.Clients);
            rssIdle = ProcessMemory.ResidentBytes();

            Console.WriteLine($"warm-up: {settings.WarmupRequests} requests over {warmup.Count} distinct bodies");
            var warm = await runner.RunAsync(warmup, null, new LatencyRecorder(), settings.WarmupRequests);
            var before = await ServerCommitStats.ScrapeAsync(http);

            Console.WriteLine("measured run …");
            await using (var sampler = new PeakMemorySampler(TimeSpan.FromMilliseconds(100)))
            {
                var duration = settings.DurationSeconds > 0 ? TimeSpan.FromSeconds(settings.DurationSeconds) : (TimeSpan?)null;
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                load = await runner.RunAsync(bodies, duration, latencies);
                cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
                rssPeak = sampler.PeakBytes;
            }
            rssAfter = ProcessMemory.ResidentBytes();
            commits = (await ServerCommitStats.ScrapeAsync(http)).Minus(before);
            storedRows = CountStoredSpans(server);
            expectedRows = warm.AcknowledgedSpans + load.AcknowledgedSpans;
        }

        StageTimings? raw = null;
        if (!settings.SkipRaw)
        {
            Console.WriteLine($"raw baseline: decode, normalize, then DuckDbTelemetryWriter.Write in groups of {settings.RawGroup} requests …");
            raw = RawAppendBaseline.Run(warmup, bodies, settings.RawGroup);
        }

        PrintFigures(settings, load, latencies, commits, cpu, storedRows, expectedRows, raw, (baselineRss, rssIdle, rssPeak, rssAfter));
    }

    private static (List<EncodedRequest> Warmup, List<EncodedRequest> Bodies) Generate(IngestSettings settings)
    {
        var started = Stopwatch.GetTimestamp();
        var generator = new OtlpTraceGenerator(settings.Seed, DateTimeOffset.UtcNow);
        List<EncodedRequest> Encode(int spans) => generator.EncodeRequests(spans, settings.SpansPerRequest);

        var warmup = Encode(Math.Min(settings.WarmupRequests, IngestSettings.WarmupBodies) * settings.SpansPerRequest);
        var bodies = Encode(settings.Spans);
        var bytes = bodies.Sum(b => (long)b.Body.Length);
        Console.WriteLine($"generated {bodies.Count:N0} bodies, {Format.Bytes(bytes)} ({bytes / Math.Max(1, settings.Spans):N0} B/span) " +
                          $"in {Format.Seconds(Stopwatch.GetElapsedTime(started))}");
        return (warmup, bodies);
    }

    private static long CountStoredSpans(BenchServer server)
    {
        var database = server.Server.Services.GetRequiredService<DuckDbDatabase>();
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM spans";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void PrintFigures(IngestSettings settings, LoadResult load, LatencyRecorder latencies, ServerCommitStats commits, TimeSpan cpu,
        long storedRows, long expectedRows, StageTimings? raw, (long Baseline, long Idle, long Peak, long After) rss)
    {
        var table = new FiguresTable("INGEST — OTLP/HTTP protobuf → DuckDB (acknowledged = committed)", "figure", "value", "note");
        table.Row("spans acknowledged", Format.Count(load.AcknowledgedSpans), $"{Format.Count(load.Requests)} requests in {Format.Seconds(load.Elapsed)}");
        table.Row("ingest throughput", Format.Rate(load.SpansPerSecond),
            $"target ≥ {Format.Rate(IngestSettings.TargetSpansPerSecond)}: {Format.Verdict(load.SpansPerSecond >= IngestSettings.TargetSpansPerSecond)}");
        table.Row("ack latency p50", Format.Ms(latencies.Percentile(50)), $"per request of {settings.SpansPerRequest} spans");
        table.Row("ack latency p99", Format.Ms(latencies.Percentile(99)), $"max {Format.Ms(latencies.Max())}");
        table.Row("refused (partial success)", Format.Count(load.RejectedSpans), "");
        table.Row("503 retries (queue full)", Format.Count(load.SaturatedRetries), "");
        table.Row("server group commits", Format.Count(commits.Commits),
            commits.Commits == 0 ? "" : $"{commits.RowsCommitted / (double)commits.Commits:N0} spans/commit, {Format.Ms(commits.CommitSeconds * 1000 / commits.Commits)} each");
        table.Row("writer thread busy", Format.Percent(commits.CommitSeconds / load.Elapsed.TotalSeconds), "time inside Write / wall time");
        table.Row("background analysis waited", Format.Seconds(TimeSpan.FromSeconds(commits.BackgroundDeferredSeconds)),
            "evaluators, intents, review held back for ingest (waits that ended in the run)");
        // CPU per span says what a span costs whatever else the machine is doing; spans/s alone moves with the load.
        table.Row("CPU per span", (cpu.TotalMicroseconds / load.AcknowledgedSpans).ToString("N1", System.Globalization.CultureInfo.InvariantCulture) + " µs",
            $"process CPU {Format.Seconds(cpu)} over {Format.Seconds(load.Elapsed)}: {cpu / load.Elapsed:N2} of {Environment.ProcessorCount} cores (clients included)");
        table.Row("rows in DuckDB", Format.Count(storedRows),
            storedRows == expectedRows ? $"= acknowledged incl. warm-up ({Format.Count(expectedRows)}): OK" : $"≠ acknowledged {Format.Count(expectedRows)}: LOST OR EXTRA ROWS");
        table.Row("RSS bench baseline", Format.Bytes(rss.Baseline), "bodies generated, before the server starts");
        table.Row("RSS server idle", Format.Bytes(rss.Idle), $"+{Format.Bytes(rss.Idle - rss.Baseline)} over baseline");
        table.Row("RSS peak during run", Format.Bytes(rss.Peak), $"+{Format.Bytes(rss.Peak - rss.Baseline)} over baseline");
        table.Row("RSS after run", Format.Bytes(rss.After), $"+{Format.Bytes(rss.After - rss.Baseline)} over baseline");

        if (raw is not null)
        {
            var rawRate = raw.PerSecond(raw.Append);
            var ratio = load.SpansPerSecond / rawRate;
            table.Row("raw DuckDB append", Format.Rate(rawRate), $"{raw.Commits:N0} Write calls of {settings.RawGroup} × {settings.SpansPerRequest} spans");
            table.Row("ingest / raw append", Format.Ratio(ratio), $"target ≥ {Format.Ratio(IngestSettings.TargetRatioToRaw)}: {Format.Verdict(ratio >= IngestSettings.TargetRatioToRaw)}");
        }
        table.Print();

        if (raw is not null) PrintStages(raw, load);
    }

    private static void PrintStages(StageTimings raw, LoadResult? load)
    {
        // Where a span's time goes, each stage alone on one thread; the end-to-end run has two cores to share among
        // HTTP, decode, normalize (request threads, in parallel) and the single writer thread.
        var stages = new FiguresTable("INGEST STAGES — single thread, same spans", "stage", "spans/s", "µs/span");
        void Stage(string name, TimeSpan time) => stages.Row(name, Format.Rate(raw.Spans / time.TotalSeconds), (time.TotalMicroseconds / raw.Spans).ToString("N1", System.Globalization.CultureInfo.InvariantCulture));
        Stage("protobuf decode", raw.Decode);
        Stage("normalize + enrich", raw.Normalize);
        Stage("DuckDB append + commit", raw.Append);
        Stage("sum of stages", raw.Decode + raw.Normalize + raw.Append);
        if (load is not null)
            stages.Row("measured end-to-end", Format.Rate(load.SpansPerSecond), (1e6 / load.SpansPerSecond).ToString("N1", System.Globalization.CultureInfo.InvariantCulture));
        stages.Row("append CPU, all threads", "", (raw.AppendCpu.TotalMicroseconds / raw.Spans).ToString("N1", System.Globalization.CultureInfo.InvariantCulture));
        stages.Row("append commits", raw.Commits.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), "");
        stages.Print();
    }
}
