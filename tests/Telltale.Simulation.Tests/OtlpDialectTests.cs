using Telltale.Core.Model;
using Telltale.Core.Normalization;
using Telltale.Simulation.Emission;
using Telltale.Simulation.Scenarios;
using Telltale.Simulation.Systems;
using Telltale.Simulation.Traffic;

namespace Telltale.Simulation.Tests;

/// <summary>What the simulator sends is what Telltale understands: its OTLP requests, run through Telltale's own
/// normalizer, come out as model calls, retrievals, tools and agents with tokens, sessions and users.</summary>
public class OtlpDialectTests
{
    [Fact]
    public void Simulated_requests_normalize_into_every_span_kind_with_the_genai_fields_filled()
    {
        var start = SimulatedTraffic.Monday.AddHours(10);
        var scenario = new Scenario("dialect", start, start, start.AddMinutes(20), ScenarioCatalog.Fleet(), [], TrafficShape.Flat);
        var traces = SimulatedTraffic.Run(scenario).Traces().ToList();
        var request = new OtlpTraceRequests(1).Build(traces);

        var spans = request.ResourceSpans.SelectMany(rs => rs.ScopeSpans.SelectMany(ss => ss.Spans
            .Select(s => SpanNormalizer.Normalize(s, ResourceContext.From(rs.Resource), ss.Scope)))).ToList();

        Assert.Equal(traces.Sum(t => t.Root.SelfAndDescendants().Count()), spans.Count);
        Assert.Equal([.. SimulatedSystems.Names.Order()], spans.Select(s => s.System).Distinct().Order().ToList());
        foreach (var kind in new[] { AiSpanKind.Llm, AiSpanKind.Embedding, AiSpanKind.Retrieval, AiSpanKind.Tool, AiSpanKind.Agent })
            Assert.Contains(spans, s => s.Kind == kind);

        var answers = spans.Where(s => s.Kind == AiSpanKind.Llm && s.Status != AiSpanStatus.Error).ToList();
        Assert.All(answers, s =>
        {
            Assert.NotNull(s.Usage.Input);
            Assert.NotNull(s.Usage.Output);
            Assert.False(s.IsFallback, $"{s.RequestModel} → {s.ResponseModel} is the same model pinned to a version");
            Assert.NotEmpty(s.OutputMessages);
            Assert.NotEmpty(s.FinishReasons);
        });
        Assert.All(spans.Where(s => s.Kind == AiSpanKind.Retrieval), s => Assert.Equal(4, s.Documents.Count));
        Assert.All(spans.Where(s => s.Kind == AiSpanKind.Tool), s => Assert.NotNull(s.Tool?.Name));
        Assert.All(spans.Where(s => s.System == SupportAssistant.SystemName && s.Kind == AiSpanKind.Llm), s => Assert.NotNull(s.SessionId));
        Assert.All(spans.Where(s => s.ParentSpanId is null), s => Assert.NotNull(s.UserId));
        Assert.Contains(spans, s => s.Feature == "support-chat");
        Assert.Contains(spans, s => s.Status == AiSpanStatus.Error && RateLimitSignal.IsRateLimited(s) || s.Status != AiSpanStatus.Error);
    }
}
