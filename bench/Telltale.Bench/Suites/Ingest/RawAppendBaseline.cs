using Telltale.Bench.Generation;
using System.Diagnostics;
using Telltale.Core.Normalization;
using Telltale.Core.Storage;
using Telltale.Ingestion.Enrichment;
using Telltale.Otlp.Proto.Collector.Trace;
using Telltale.Storage.DuckDb;

namespace Telltale.Bench.Suites.Ingest;

/// <summary>Single-threaded time of each ingest stage over the same bodies. Append is the raw baseline: the store's
/// own appender path on a fresh file, with no HTTP, decode or normalization.</summary>
/// <param name="AppendCpu">Process CPU during the append: DuckDB also works on its own threads (checkpoints).</param>
public sealed record StageTimings(long Spans, TimeSpan Decode, TimeSpan Normalize, TimeSpan Append, TimeSpan AppendCpu, int Commits)
{
    public double PerSecond(TimeSpan stage) => Spans / stage.TotalSeconds;
}

public static class RawAppendBaseline
{
    public const string ProjectId = "bench";

    public static StageTimings Run(IReadOnlyList<EncodedRequest> warmup, IReadOnlyList<EncodedRequest> bodies, int requestsPerCommit)
    {
        var dataDir = Directory.CreateTempSubdirectory("telltale-bench-raw-").FullName;
        try
        {
            using var database = new DuckDbDatabase(Path.Combine(dataDir, "raw.duckdb"));
            var enricher = new CostEnricher(new ProjectPriceTables(new DuckDbConfigStore(database)));
            using var writer = new DuckDbTelemetryWriter(database);

            // Warm-up: the table not empty and the JIT done (the server's warm-up cycled over these same bodies).
            var warm = ToBatches(warmup, enricher, out _, out _);
            WriteInGroups(writer, warm, requestsPerCommit);

            var batches = ToBatches(bodies, enricher, out var decode, out var normalize);
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true);
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var started = Stopwatch.GetTimestamp();
            var commits = WriteInGroups(writer, batches, requestsPerCommit);
            var append = Stopwatch.GetElapsedTime(started);
            var appendCpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            return new StageTimings(batches.Sum(b => (long)b.Spans.Count), decode, normalize, append, appendCpu, commits);
        }
        finally
        {
            try { Directory.Delete(dataDir, recursive: true); } catch (IOException) { }
        }
    }

    private static int WriteInGroups(DuckDbTelemetryWriter writer, List<TelemetryBatch> batches, int requestsPerCommit)
    {
        var commits = 0;
        for (var i = 0; i < batches.Count; i += requestsPerCommit)
        {
            writer.Write(batches.GetRange(i, Math.Min(requestsPerCommit, batches.Count - i)));
            commits++;
        }
        return commits;
    }

    /// <summary>Decodes and normalizes exactly as <c>IngestPipeline.ExportTracesAsync</c> does (minus id checks),
    /// timing the two stages separately.</summary>
    private static List<TelemetryBatch> ToBatches(IReadOnlyList<EncodedRequest> bodies, CostEnricher enricher, out TimeSpan decode, out TimeSpan normalize)
    {
        decode = normalize = TimeSpan.Zero;
        var batches = new List<TelemetryBatch>(bodies.Count);
        foreach (var body in bodies)
        {
            var started = Stopwatch.GetTimestamp();
            var request = ExportTraceServiceRequest.Parser.ParseFrom(body.Body);
            decode += Stopwatch.GetElapsedTime(started);

            started = Stopwatch.GetTimestamp();
            var batch = new TelemetryBatch(ProjectId);
            foreach (var resourceSpans in request.ResourceSpans)
            {
                var resource = ResourceContext.From(resourceSpans.Resource);
                foreach (var scopeSpans in resourceSpans.ScopeSpans)
                {
                    foreach (var span in scopeSpans.Spans)
                    {
                        var aiSpan = SpanNormalizer.Normalize(span, resource, scopeSpans.Scope);
                        enricher.Enrich(ProjectId, aiSpan);
                        batch.Spans.Add(aiSpan);
                    }
                }
            }
            batch.PrepareForStorage(); // the pipeline serializes the JSON columns on request threads too
            normalize += Stopwatch.GetElapsedTime(started);
            batches.Add(batch);
        }
        return batches;
    }
}
