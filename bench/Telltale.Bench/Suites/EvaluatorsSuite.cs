using System.Diagnostics;
using Telltale.Bench.Cli;
using Telltale.Bench.Reporting;
using Telltale.Core.Evaluation;
using Telltale.Core.Model;
using Telltale.Core.Normalization;
using Telltale.Server.Evaluation;
using Telltale.Simulation.Emission;
using Telltale.Simulation.Model;
using Telltale.Simulation.Running;
using Telltale.Simulation.Scenarios;

namespace Telltale.Bench.Suites;

/// <summary>
/// The heuristic online evaluators on realistic calls: the demo fleet's simulated traffic (support answers citing
/// retrieved documents, agent tool loops, summaries; incidents included, so refusals, hedging and truncation occur),
/// sent through OTLP encoding and the real normalizer, then judged with each call's trace documents, as the online
/// runner does. Reports evaluations/s per evaluator and for the whole set, one thread. Baseline in the same run:
/// counting each answer's words (the least any evaluator must do), so the ratios say what the checks add.
/// </summary>
public static class EvaluatorsSuite
{
    public static Task RunAsync(BenchArgs args)
    {
        var hours = args.Int("hours", 6);
        var rounds = args.Int("runs", 5);
        args.ThrowIfUnused();

        var inputs = RealisticCalls(hours);
        Console.WriteLine($"{inputs.Count:N0} model calls from {hours} h of simulated demo traffic " +
                          $"({inputs.Count(i => i.RetrievedDocuments.Count > 0):N0} with retrieved documents)");

        var baseline = Measure(inputs, rounds, input => input.Answer.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 0 ? 1 : 0);
        var table = new FiguresTable($"EVALUATORS — heuristic online evaluators, one thread, median of {rounds} runs",
            "evaluator", "applies to", "evaluations/s", "µs/call", "× baseline");
        table.Row("baseline: count answer words", Format.Count(inputs.Count), Format.Rate(inputs.Count / baseline), Micro(baseline, inputs.Count), "1.00×");
        foreach (var evaluator in EvaluatorCatalog.BuiltIn)
        {
            var applied = inputs.Count(i => evaluator.Evaluate(i) is not null);
            var seconds = Measure(inputs, rounds, input => evaluator.Evaluate(input) is null ? 0 : 1);
            table.Row($"{evaluator.Name} v{evaluator.Version}", Format.Count(applied), Format.Rate(applied / seconds), Micro(seconds, inputs.Count),
                Format.Ratio(seconds / baseline));
        }
        var results = inputs.Sum(i => EvaluatorCatalog.BuiltIn.Count(e => e.Evaluate(i) is not null));
        var all = Measure(inputs, rounds, input => EvaluatorCatalog.BuiltIn.Count(e => e.Evaluate(input) is not null));
        table.Row("whole heuristic set", Format.Count(results), Format.Rate(results / all), Micro(all, inputs.Count), Format.Ratio(all / baseline));
        table.Print();
        Console.WriteLine($"whole set: {Format.Rate(inputs.Count / all)} calls fully evaluated per second on one core");
        return Task.CompletedTask;
    }

    private static string Micro(double seconds, int calls) =>
        (seconds * 1e6 / calls).ToString("N1", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Median seconds for one pass over all calls, after a warm-up pass (JIT, tiering).</summary>
    private static double Measure(IReadOnlyList<EvaluationInput> inputs, int rounds, Func<EvaluationInput, int> evaluate)
    {
        var sink = 0;
        foreach (var input in inputs) sink += evaluate(input);
        var seconds = new List<double>();
        for (var r = 0; r < rounds; r++)
        {
            var started = Stopwatch.GetTimestamp();
            foreach (var input in inputs) sink += evaluate(input);
            seconds.Add(Stopwatch.GetElapsedTime(started).TotalSeconds);
        }
        GC.KeepAlive(sink);
        return Measurement.Statistics.Median(seconds);
    }

    private static List<EvaluationInput> RealisticCalls(int hours)
    {
        var now = DateTimeOffset.UtcNow;
        var scenario = ScenarioCatalog.Demo(now) with { Start = now };
        var traces = new EventTimeline(scenario, seed: 11).Advance(now.AddHours(hours)).OfType<TraceEvent>().ToList();
        var request = new OtlpTraceRequests(seed: 11).Build(traces);

        var spans = new List<AiSpan>();
        foreach (var resourceSpans in request.ResourceSpans)
        {
            var resource = ResourceContext.From(resourceSpans.Resource);
            foreach (var scope in resourceSpans.ScopeSpans)
                foreach (var span in scope.Spans) spans.Add(SpanNormalizer.Normalize(span, resource, scope.Scope));
        }

        var documents = spans.GroupBy(s => s.TraceId).ToDictionary(g => g.Key,
            g => (IReadOnlyList<RetrievedDocument>)g.SelectMany(s => s.Documents).ToList());
        var calls = spans.Where(s => s.Kind == AiSpanKind.Llm).ToList();
        var norms = calls.GroupBy(c => c.System).ToDictionary(g => g.Key, g => new SystemNorms(MedianWords(g)));
        return calls.Select(c => new EvaluationInput(c, documents[c.TraceId], norms[c.System])).ToList();
    }

    private static double? MedianWords(IEnumerable<AiSpan> calls)
    {
        var words = calls.Select(c => string.Join(" ", c.OutputMessages.Select(m => m.Content)).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length)
            .Where(w => w > 0).Order().ToList();
        return words.Count == 0 ? null : words[words.Count / 2];
    }
}
