using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Telltale.Bench.Generation;
using Telltale.Bench.Measurement;
using Telltale.Storage.DuckDb;

namespace Telltale.Bench.Suites.Ingest;

/// <summary>Resident memory at the points the report compares (the server runs in the bench process).</summary>
public sealed record RssFigures(long Baseline, long Idle, long Peak, long After);

/// <summary>What one end-to-end round measured.</summary>
/// <param name="GcPause">Time the runtime held managed threads for garbage collection during the measured run.</param>
/// <param name="GcCollections">Collections of generation 0, 1 and 2 during the measured run.</param>
public sealed record EndToEndResult(LoadResult Load, LatencyRecorder Latencies, ServerCommitStats Commits, TimeSpan Cpu,
    long StoredRows, long ExpectedRows, RssFigures Rss, TimeSpan GcPause, (int Gen0, int Gen1, int Gen2) GcCollections)
{
    public double CpuMicrosecondsPerSpan => Cpu.TotalMicroseconds / Math.Max(1, Load.AcknowledgedSpans);
}

/// <summary>One end-to-end round: a fresh server on a fresh DuckDB file, warm-up, the measured load, then every
/// acknowledged span counted in the file.</summary>
public static class EndToEndRun
{
    public static async Task<EndToEndResult> RunAsync(IngestSettings settings, IReadOnlyList<EncodedRequest> warmup,
        IReadOnlyList<EncodedRequest> bodies, long baselineRss, string? keepDataDir)
    {
        await using var server = await BenchServer.StartAsync(keepDataDir);
        using var http = OtlpLoadRunner.CreateClient(server.Server.HttpAddress, BenchServer.ApiKey, settings.Clients);
        var runner = new OtlpLoadRunner(http, settings.Clients);
        var rssIdle = ProcessMemory.ResidentBytes();

        Console.WriteLine($"  warm-up: {settings.WarmupRequests} requests over {warmup.Count} distinct bodies");
        var warm = await runner.RunAsync(warmup, null, new LatencyRecorder(), settings.WarmupRequests);
        var before = await ServerCommitStats.ScrapeAsync(http);

        Console.WriteLine("  measured run …");
        var latencies = new LatencyRecorder();
        LoadResult load;
        TimeSpan cpu;
        long rssPeak;
        TimeSpan gcPause;
        (int, int, int) gcCollections;
        await using (var sampler = new PeakMemorySampler(TimeSpan.FromMilliseconds(100)))
        {
            var duration = settings.DurationSeconds > 0 ? TimeSpan.FromSeconds(settings.DurationSeconds) : (TimeSpan?)null;
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var gcBefore = (GC.GetTotalPauseDuration(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            load = await runner.RunAsync(bodies, duration, latencies);
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            gcPause = GC.GetTotalPauseDuration() - gcBefore.Item1;
            gcCollections = (GC.CollectionCount(0) - gcBefore.Item2, GC.CollectionCount(1) - gcBefore.Item3, GC.CollectionCount(2) - gcBefore.Item4);
            rssPeak = sampler.PeakBytes;
        }
        var rssAfter = ProcessMemory.ResidentBytes();
        var commits = (await ServerCommitStats.ScrapeAsync(http)).Minus(before);
        return new EndToEndResult(load, latencies, commits, cpu, CountStoredSpans(server),
            warm.AcknowledgedSpans + load.AcknowledgedSpans, new RssFigures(baselineRss, rssIdle, rssPeak, rssAfter), gcPause, gcCollections);
    }

    private static long CountStoredSpans(BenchServer server)
    {
        var database = server.Server.Services.GetRequiredService<DuckDbDatabase>();
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM spans";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
