using System.Net.Http.Headers;
using System.Security.Cryptography;
using Google.Protobuf;
using Telltale.Otlp.Proto.Collector.Trace;
using Telltale.Otlp.Proto.Common;
using Telltale.Otlp.Proto.Resource;
using Telltale.Otlp.Proto.Trace;

namespace Telltale.Server.Tests.Infrastructure;

/// <summary>Builds OTLP requests the way an SDK would, for tests that speak the wire protocol directly.</summary>
public static class OtlpRequests
{
    public static ExportTraceServiceRequest Traces(string system, params Span[] spans) => Traces(system, null, spans);

    public static ExportTraceServiceRequest Traces(string system, string? version, params Span[] spans) => new()
    {
        ResourceSpans =
        {
            new ResourceSpans
            {
                Resource = new Resource { Attributes = { Attr("service.name", system) } }.WithVersion(version),
                ScopeSpans = { new ScopeSpans { Scope = new InstrumentationScope { Name = "tests" }, Spans = { spans } } },
            },
        },
    };

    public static Span ChatSpan(string? traceId = null, string model = "gpt-4o-mini", long inputTokens = 100, long outputTokens = 20,
        DateTimeOffset? start = null, string? userText = null, int durationMs = 250)
    {
        // By default a second ago, so the whole span (it lasts 250 ms) lies before "now" in any query made right after.
        var startNs = (ulong)((start ?? DateTimeOffset.UtcNow.AddSeconds(-1)).ToUnixTimeMilliseconds() * 1_000_000);
        return new Span
        {
            TraceId = ByteString.CopyFrom(traceId is null ? RandomNumberGenerator.GetBytes(16) : Convert.FromHexString(traceId)),
            SpanId = ByteString.CopyFrom(RandomNumberGenerator.GetBytes(8)),
            Name = $"chat {model}",
            Kind = Span.Types.SpanKind.Client,
            StartTimeUnixNano = startNs,
            EndTimeUnixNano = startNs + (ulong)durationMs * 1_000_000,
            Attributes =
            {
                Attr("gen_ai.operation.name", "chat"),
                Attr("gen_ai.provider.name", "openai"),
                Attr("gen_ai.request.model", model),
                Attr("gen_ai.usage.input_tokens", inputTokens),
                Attr("gen_ai.usage.output_tokens", outputTokens),
                Attr("gen_ai.input.messages", $$"""[{"role":"user","parts":[{"type":"text","content":"{{userText ?? "Hello there"}}"}]}]"""),
            },
        };
    }

    /// <summary>service.version only when given, as SDKs omit it when unset.</summary>
    private static Resource WithVersion(this Resource resource, string? version)
    {
        if (version is not null) resource.Attributes.Add(Attr("service.version", version));
        return resource;
    }

    public static Span WithResponseModel(this Span span, string model)
    {
        span.Attributes.Add(Attr("gen_ai.response.model", model));
        return span;
    }

    public static KeyValue Attr(string key, string value) => new() { Key = key, Value = new AnyValue { StringValue = value } };

    public static KeyValue Attr(string key, long value) => new() { Key = key, Value = new AnyValue { IntValue = value } };

    public static ByteArrayContent Protobuf(IMessage message)
    {
        var content = new ByteArrayContent(message.ToByteArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-protobuf");
        return content;
    }

    public static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
