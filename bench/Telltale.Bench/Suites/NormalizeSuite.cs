using System.Diagnostics;
using Telltale.Bench.Cli;
using Telltale.Bench.Generation;
using Telltale.Bench.Reporting;
using Telltale.Core.Normalization;
using Telltale.Otlp.Proto.Collector.Trace;
using OtlpSpan = Telltale.Otlp.Proto.Trace.Span;

namespace Telltale.Bench.Suites;

/// <summary>
/// SpanNormalizer.Normalize alone, on the ingest suite's spans (decoded once, outside the timing): spans per second
/// on one thread and bytes allocated per span, per span kind and for the whole mix.
/// </summary>
public static class NormalizeSuite
{
    public static Task RunAsync(BenchArgs args)
    {
        var spanCount = args.Int("spans", 20_000);
        var rounds = args.Int("runs", 5);
        args.ThrowIfUnused();

        var request = new OtlpTraceGenerator(42, DateTimeOffset.UtcNow).EncodeRequests(spanCount, spanCount).Single();
        var decoded = ExportTraceServiceRequest.Parser.ParseFrom(request.Body);
        var spans = new List<(OtlpSpan Span, ResourceContext Resource, Telltale.Otlp.Proto.Common.InstrumentationScope Scope)>();
        foreach (var resourceSpans in decoded.ResourceSpans)
        {
            var resource = ResourceContext.From(resourceSpans.Resource);
            foreach (var scope in resourceSpans.ScopeSpans)
                foreach (var span in scope.Spans) spans.Add((span, resource, scope.Scope));
        }

        // Tiered JIT promotes hot methods in the background for a while; warm the whole mix up first so the first
        // group measured is not penalised against the last.
        for (var i = 0; i < 5; i++) Run(spans);
        Thread.Sleep(500);

        var table = new FiguresTable($"NORMALIZE — SpanNormalizer.Normalize, one thread, median of {rounds} runs", "spans", "count", "spans/s", "µs/span", "alloc/span");
        foreach (var group in spans.GroupBy(s => s.Span.Name.Split(' ')[0]).OrderBy(g => g.Key))
            Measure(table, group.Key, group.ToList(), rounds);
        Measure(table, "all (the ingest mix)", spans, rounds);
        table.Print();
        return Task.CompletedTask;
    }

    private static void Measure(FiguresTable table, string name,
        List<(OtlpSpan Span, ResourceContext Resource, Telltale.Otlp.Proto.Common.InstrumentationScope Scope)> spans, int rounds)
    {
        Run(spans); // warm-up: JIT and tiering
        var seconds = new List<double>();
        long allocated = 0;
        for (var i = 0; i < rounds; i++)
        {
            var bytesBefore = GC.GetAllocatedBytesForCurrentThread();
            var started = Stopwatch.GetTimestamp();
            Run(spans);
            seconds.Add(Stopwatch.GetElapsedTime(started).TotalSeconds);
            allocated = GC.GetAllocatedBytesForCurrentThread() - bytesBefore;
        }
        var median = Measurement.Statistics.Median(seconds);
        table.Row(name, Format.Count(spans.Count), Format.Rate(spans.Count / median),
            (median * 1e6 / spans.Count).ToString("N1", System.Globalization.CultureInfo.InvariantCulture),
            Format.Bytes(allocated / spans.Count));
    }

    private static void Run(List<(OtlpSpan Span, ResourceContext Resource, Telltale.Otlp.Proto.Common.InstrumentationScope Scope)> spans)
    {
        foreach (var (span, resource, scope) in spans) GC.KeepAlive(SpanNormalizer.Normalize(span, resource, scope));
    }
}
