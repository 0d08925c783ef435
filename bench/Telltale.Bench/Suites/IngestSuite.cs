using System.Diagnostics;
using Telltale.Bench.Cli;
using Telltale.Bench.Generation;
using Telltale.Bench.Measurement;
using Telltale.Bench.Reporting;
using Telltale.Bench.Suites.Ingest;

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

        // End-to-end and raw alternate, so a slow spell of the shared machine hits both sides of a pair.
        var rounds = new List<(EndToEndResult EndToEnd, StageTimings? Raw)>();
        for (var round = 1; round <= settings.Rounds; round++)
        {
            Console.WriteLine($"round {round} of {settings.Rounds}: end-to-end");
            var keep = settings.KeepDataDir is { } dir && settings.Rounds > 1 ? Path.Combine(dir, $"round-{round}") : settings.KeepDataDir;
            var endToEnd = await EndToEndRun.RunAsync(settings, warmup, bodies, baselineRss, keep);
            StageTimings? raw = null;
            if (!settings.SkipRaw)
            {
                Console.WriteLine($"round {round} of {settings.Rounds}: raw baseline (decode, normalize, then DuckDbTelemetryWriter.Write in groups of {settings.RawGroup} requests)");
                raw = RawAppendBaseline.Run(warmup, bodies, settings.RawGroup);
            }
            rounds.Add((endToEnd, raw));
        }

        PrintRounds(rounds);
        PrintFigures(settings, rounds);
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

    private static void PrintRounds(List<(EndToEndResult EndToEnd, StageTimings? Raw)> rounds)
    {
        var table = new FiguresTable("INGEST ROUNDS — end-to-end, then raw append, alternated", "round", "ingest", "raw append", "ratio", "p99 ack", "CPU/span");
        for (var i = 0; i < rounds.Count; i++)
        {
            var (e2e, raw) = rounds[i];
            var rawRate = raw?.PerSecond(raw.Append);
            table.Row((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Format.Rate(e2e.Load.SpansPerSecond),
                rawRate is { } r ? Format.Rate(r) : "", rawRate is { } q ? Format.Ratio(e2e.Load.SpansPerSecond / q) : "",
                Format.Ms(e2e.Latencies.Percentile(99)), Format.Micros(e2e.CpuMicrosecondsPerSpan));
        }
        table.Print();
    }

    private static void PrintFigures(IngestSettings settings, List<(EndToEndResult EndToEnd, StageTimings? Raw)> rounds)
    {
        // Verdicts on medians: the throughput of all rounds, and the ratio of each round to its own raw baseline.
        var throughput = Median(rounds.Select(r => r.EndToEnd.Load.SpansPerSecond));
        var (e2e, _) = rounds.OrderBy(r => r.EndToEnd.Load.SpansPerSecond).ElementAt(rounds.Count / 2);
        var (load, latencies, commits, cpu) = (e2e.Load, e2e.Latencies, e2e.Commits, e2e.Cpu);
        var of = rounds.Count > 1 ? $" (median of {rounds.Count} rounds; details from that round)" : "";

        var table = new FiguresTable("INGEST — OTLP/HTTP protobuf → DuckDB (acknowledged = committed)" + of, "figure", "value", "note");
        table.Row("spans acknowledged", Format.Count(load.AcknowledgedSpans), $"{Format.Count(load.Requests)} requests in {Format.Seconds(load.Elapsed)}");
        table.Row("ingest throughput", Format.Rate(throughput),
            $"target ≥ {Format.Rate(IngestSettings.TargetSpansPerSecond)}: {Format.Verdict(throughput >= IngestSettings.TargetSpansPerSecond)}");
        table.Row("ack latency p50", Format.Ms(latencies.Percentile(50)), $"per request of {settings.SpansPerRequest} spans");
        table.Row("ack latency p99", Format.Ms(latencies.Percentile(99)), $"max {Format.Ms(latencies.Max())}");
        table.Row("refused (partial success)", Format.Count(rounds.Sum(r => r.EndToEnd.Load.RejectedSpans)), "all rounds");
        table.Row("503 retries (queue full)", Format.Count(rounds.Sum(r => r.EndToEnd.Load.SaturatedRetries)), "all rounds");
        table.Row("server group commits", Format.Count(commits.Commits),
            commits.Commits == 0 ? "" : $"{commits.RowsCommitted / (double)commits.Commits:N0} spans/commit, {Format.Ms(commits.CommitSeconds * 1000 / commits.Commits)} each");
        table.Row("writer thread busy", Format.Percent(commits.CommitSeconds / load.Elapsed.TotalSeconds), "time inside Write / wall time");
        table.Row("background analysis waited", Format.Seconds(TimeSpan.FromSeconds(commits.BackgroundDeferredSeconds)),
            "evaluators, intents, review held back for ingest (waits that ended in the run)");
        // CPU per span says what a span costs whatever else the machine is doing; spans/s alone moves with the load.
        table.Row("CPU per span", Format.Micros(e2e.CpuMicrosecondsPerSpan),
            $"process CPU {Format.Seconds(cpu)} over {Format.Seconds(load.Elapsed)}: {cpu / load.Elapsed:N2} of {Environment.ProcessorCount} cores (clients included)");
        var (gen0, gen1, gen2) = e2e.GcCollections;
        table.Row("GC pauses", Format.Seconds(e2e.GcPause),
            $"{Format.Percent(e2e.GcPause / load.Elapsed)} of the run; collections gen0 {gen0}, gen1 {gen1}, gen2 {gen2}");
        var lost = rounds.Where(r => r.EndToEnd.StoredRows != r.EndToEnd.ExpectedRows).ToList();
        table.Row("rows in DuckDB", Format.Count(e2e.StoredRows),
            lost.Count == 0 ? $"= acknowledged incl. warm-up ({Format.Count(e2e.ExpectedRows)}), every round: OK"
                : $"{lost.Count} round(s) where stored ≠ acknowledged: LOST OR EXTRA ROWS");
        // Memory from the first round only: later rounds start with what the raw baseline before them left behind
        // (it holds every normalized span at once), which is the bench's, not the server's.
        var rss = rounds[0].EndToEnd.Rss;
        var first = rounds.Count > 1 ? ", round 1" : "";
        table.Row("RSS bench baseline", Format.Bytes(rss.Baseline), "bodies generated, before the server starts");
        table.Row("RSS server idle", Format.Bytes(rss.Idle), $"+{Format.Bytes(rss.Idle - rss.Baseline)} over baseline{first}");
        table.Row("RSS peak during run", Format.Bytes(rss.Peak), $"+{Format.Bytes(rss.Peak - rss.Baseline)} over baseline{first}");
        table.Row("RSS after run", Format.Bytes(rss.After), $"+{Format.Bytes(rss.After - rss.Baseline)} over baseline{first}");

        var paired = rounds.Where(r => r.Raw is not null).ToList();
        StageTimings? medianRaw = null;
        if (paired.Count > 0)
        {
            medianRaw = paired.OrderBy(r => r.Raw!.PerSecond(r.Raw.Append)).ElementAt(paired.Count / 2).Raw!;
            var ratio = Median(paired.Select(r => r.EndToEnd.Load.SpansPerSecond / r.Raw!.PerSecond(r.Raw.Append)));
            table.Row("raw DuckDB append", Format.Rate(medianRaw.PerSecond(medianRaw.Append)), $"{medianRaw.Commits:N0} Write calls of {settings.RawGroup} × {settings.SpansPerRequest} spans");
            table.Row("ingest / raw append", Format.Ratio(ratio), $"median of each round's own ratio; target ≥ {Format.Ratio(IngestSettings.TargetRatioToRaw)}: {Format.Verdict(ratio >= IngestSettings.TargetRatioToRaw)}");
        }
        table.Print();

        if (medianRaw is not null) PrintStages(medianRaw, load);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
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
