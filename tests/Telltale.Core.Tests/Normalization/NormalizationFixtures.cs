using Telltale.Core.Model;
using Telltale.Core.Normalization;
using Telltale.Otlp.Json;
using Telltale.Otlp.Proto.Collector.Trace;

namespace Telltale.Core.Tests.Normalization;

/// <summary>Loads an OTLP/JSON fixture the way the receiver would and normalizes every span in it.</summary>
internal static class NormalizationFixtures
{
    public static IReadOnlyList<AiSpan> Load(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Normalization", "Fixtures", fileName);
        var request = OtlpJsonParser.Parse<ExportTraceServiceRequest>(File.ReadAllBytes(path));
        var spans = new List<AiSpan>();
        foreach (var resourceSpans in request.ResourceSpans)
        {
            var resource = ResourceContext.From(resourceSpans.Resource);
            foreach (var scopeSpans in resourceSpans.ScopeSpans)
                foreach (var span in scopeSpans.Spans)
                    spans.Add(SpanNormalizer.Normalize(span, resource, scopeSpans.Scope));
        }
        return spans;
    }

    public static AiSpan BySpanId(this IReadOnlyList<AiSpan> spans, string spanId) => spans.Single(s => s.SpanId == spanId);
}
