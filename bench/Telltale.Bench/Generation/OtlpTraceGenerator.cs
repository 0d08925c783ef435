using Google.Protobuf;
using Telltale.Otlp.Proto.Collector.Trace;
using Telltale.Otlp.Proto.Common;
using Telltale.Otlp.Proto.Resource;
using Telltale.Otlp.Proto.Trace;
using static Telltale.Bench.Generation.OtlpAttributes;
using static Telltale.Bench.Generation.WorkloadCatalog;
using OtlpSpan = Telltale.Otlp.Proto.Trace.Span;
using SpanKind = Telltale.Otlp.Proto.Trace.Span.Types.SpanKind;
using StatusCode = Telltale.Otlp.Proto.Trace.Status.Types.StatusCode;

namespace Telltale.Bench.Generation;

/// <summary>
/// Realistic OTLP trace traffic as an instrumented agent emits it (OpenTelemetry GenAI conventions v1.37+): each trace
/// is an invoke_agent root, an optional embeddings call, a retrieval, a chat call that may request a tool, the tool
/// execution and a final chat call. Chat spans carry ~2 KB of varied message content.
/// </summary>
public sealed class OtlpTraceGenerator(int seed, DateTimeOffset now)
{
    private const long NanosPerMs = 1_000_000;
    private readonly Random _random = new(seed);
    private readonly TextGenerator _text = new(new Random(seed + 1));
    private readonly long _nowNanos = (now.ToUnixTimeMilliseconds()) * NanosPerMs;

    /// <summary>Encoded request bodies holding <paramref name="totalSpans"/> spans in all, <paramref name="spansPerRequest"/> each.</summary>
    public List<EncodedRequest> EncodeRequests(int totalSpans, int spansPerRequest)
    {
        var bodies = new List<EncodedRequest>(totalSpans / spansPerRequest + 1);
        for (var left = totalSpans; left > 0; left -= spansPerRequest)
        {
            var spans = Math.Min(left, spansPerRequest);
            bodies.Add(new EncodedRequest(NextRequest(spans).ToByteArray(), spans));
        }
        return bodies;
    }

    /// <summary>One export request of exactly <paramref name="spanCount"/> spans: whole traces, the last one cut short,
    /// grouped by service as an SDK batches them (one ResourceSpans per service).</summary>
    public ExportTraceServiceRequest NextRequest(int spanCount)
    {
        var byService = new Dictionary<ServiceProfile, ScopeSpans>();
        var produced = 0;
        while (produced < spanCount)
        {
            var service = Services[_random.Next(Services.Length)];
            if (!byService.TryGetValue(service, out var scope))
                byService[service] = scope = new ScopeSpans { Scope = new InstrumentationScope { Name = "opentelemetry.instrumentation.genai", Version = "0.4b0" } };
            foreach (var span in NextTrace(service))
            {
                if (produced == spanCount) break;
                scope.Spans.Add(span);
                produced++;
            }
        }

        var request = new ExportTraceServiceRequest();
        foreach (var (service, scope) in byService)
            request.ResourceSpans.Add(new ResourceSpans { Resource = ResourceOf(service), ScopeSpans = { scope } });
        return request;
    }

    private static Resource ResourceOf(ServiceProfile service) => new()
    {
        Attributes =
        {
            Str("service.name", service.Name),
            Str("service.version", service.Version),
            Str("deployment.environment.name", service.Environment),
            Str("telemetry.sdk.name", "opentelemetry"),
            Str("telemetry.sdk.language", "python"),
            Str("telemetry.sdk.version", "1.38.0"),
            Str("host.name", $"{service.Name}-7d9f8c-{service.Name.Length % 5}x"),
        },
    };

    private List<OtlpSpan> NextTrace(ServiceProfile service)
    {
        var traceId = RandomBytes(16);
        var start = _nowNanos - (long)(_random.NextDouble() * 3_600_000) * NanosPerMs;
        var user = $"user-{_random.Next(500):D4}";
        var conversation = $"conv-{_random.Next(1_000_000):D7}";
        var model = ChatModels[_random.Next(ChatModels.Length)];

        var root = NewSpan(traceId, null, $"invoke_agent {service.Agent}", SpanKind.Server, start, 0);
        root.Attributes.Add(Str("gen_ai.operation.name", "invoke_agent"));
        root.Attributes.Add(Str("gen_ai.agent.name", service.Agent));
        root.Attributes.Add(Str("gen_ai.conversation.id", conversation));
        root.Attributes.Add(Str("user.id", user));
        var spans = new List<OtlpSpan> { root };

        var cursor = start + 2 * NanosPerMs;
        if (_random.Next(2) == 0) spans.Add(Embeddings(traceId, root.SpanId, ref cursor));
        spans.Add(Retrieval(traceId, root.SpanId, ref cursor));

        var systemPrompt = _text.Text(300);
        var question = _text.Text(650);
        var callsTool = _random.Next(10) < 6;
        var tool = Tools[_random.Next(Tools.Length)];
        var callId = "call_" + Convert.ToHexStringLower(RandomBytes(6).Span);
        var argumentsJson = JsonText.Write(w => { w.WriteStartObject(); w.WriteString(tool.ArgumentName, _text.Sentence()); w.WriteEndObject(); });

        var firstInput = JsonText.Write(w =>
        {
            w.WriteStartArray();
            JsonText.TextMessage(w, "system", systemPrompt);
            JsonText.TextMessage(w, "user", question);
            JsonText.TextMessage(w, "user", "Context: " + _text.Text(400));
            w.WriteEndArray();
        });
        if (callsTool)
        {
            var firstOutput = JsonText.Write(w => { w.WriteStartArray(); JsonText.ToolCallMessage(w, callId, tool.Name, argumentsJson, "tool_call"); w.WriteEndArray(); });
            spans.Add(Chat(traceId, root.SpanId, model, conversation, user, firstInput, firstOutput, "tool_calls", ref cursor));

            var result = _text.Text(300);
            spans.Add(ToolExecution(traceId, root.SpanId, tool, callId, argumentsJson, result, ref cursor));

            var secondInput = JsonText.Write(w =>
            {
                w.WriteStartArray();
                JsonText.TextMessage(w, "system", systemPrompt);
                JsonText.TextMessage(w, "user", question);
                JsonText.ToolCallMessage(w, callId, tool.Name, argumentsJson, null);
                JsonText.ToolResponseMessage(w, callId, result);
                w.WriteEndArray();
            });
            spans.Add(Chat(traceId, root.SpanId, model, conversation, user, secondInput, FinalAnswer(out var reason), reason, ref cursor));
        }
        else
        {
            spans.Add(Chat(traceId, root.SpanId, model, conversation, user, firstInput, FinalAnswer(out var reason), reason, ref cursor));
        }

        root.EndTimeUnixNano = (ulong)(cursor + NanosPerMs);
        return spans;
    }

    private string FinalAnswer(out string finishReason)
    {
        var reason = FinishReasons[_random.Next(FinishReasons.Length)];
        finishReason = reason;
        var answer = _text.Text(600);
        return JsonText.Write(w => { w.WriteStartArray(); JsonText.TextMessage(w, "assistant", answer, reason); w.WriteEndArray(); });
    }

    private OtlpSpan Chat(ByteString traceId, ByteString parent, ModelProfile model, string conversation, string user,
        string inputJson, string outputJson, string finishReason, ref long cursor)
    {
        var duration = (400 + _random.Next(6000)) * NanosPerMs;
        var span = NewSpan(traceId, parent, $"chat {model.Requested}", SpanKind.Client, cursor, duration);
        cursor += duration + NanosPerMs;
        var input = 200 + _random.Next(3000);
        span.Attributes.Add(Str("gen_ai.operation.name", "chat"));
        span.Attributes.Add(Str("gen_ai.provider.name", model.Provider));
        span.Attributes.Add(Str("gen_ai.request.model", model.Requested));
        span.Attributes.Add(Str("gen_ai.response.model", model.Answered));
        span.Attributes.Add(Str("gen_ai.response.id", "resp_" + Convert.ToHexStringLower(RandomBytes(12).Span)));
        span.Attributes.Add(Dbl("gen_ai.request.temperature", Math.Round(_random.NextDouble(), 1)));
        span.Attributes.Add(Int("gen_ai.request.max_tokens", 1024));
        span.Attributes.Add(Int("gen_ai.usage.input_tokens", input));
        span.Attributes.Add(Int("gen_ai.usage.output_tokens", 20 + _random.Next(800)));
        if (_random.Next(3) == 0) span.Attributes.Add(Int("gen_ai.usage.cache_read.input_tokens", input / 2));
        span.Attributes.Add(StrArray("gen_ai.response.finish_reasons", finishReason));
        span.Attributes.Add(Str("gen_ai.input.messages", inputJson));
        span.Attributes.Add(Str("gen_ai.output.messages", outputJson));
        span.Attributes.Add(Str("gen_ai.conversation.id", conversation));
        span.Attributes.Add(Str("user.id", user));
        span.Attributes.Add(Str("server.address", model.Provider + ".example.com"));
        span.Attributes.Add(Int("server.port", 443));
        if (_random.Next(50) == 0)
        {
            // Rate limiting, as providers answer it.
            span.Attributes.Add(Str("error.type", "RateLimitError"));
            span.Attributes.Add(Int("http.response.status_code", 429));
            span.Status = new Status { Code = StatusCode.Error, Message = "Rate limit reached for requests" };
        }
        return span;
    }

    private OtlpSpan Embeddings(ByteString traceId, ByteString parent, ref long cursor)
    {
        var duration = (30 + _random.Next(200)) * NanosPerMs;
        var span = NewSpan(traceId, parent, $"embeddings {EmbeddingModel.Requested}", SpanKind.Client, cursor, duration);
        cursor += duration + NanosPerMs;
        span.Attributes.Add(Str("gen_ai.operation.name", "embeddings"));
        span.Attributes.Add(Str("gen_ai.provider.name", EmbeddingModel.Provider));
        span.Attributes.Add(Str("gen_ai.request.model", EmbeddingModel.Requested));
        span.Attributes.Add(Str("gen_ai.response.model", EmbeddingModel.Answered));
        span.Attributes.Add(Int("gen_ai.usage.input_tokens", 10 + _random.Next(300)));
        span.Attributes.Add(Int("gen_ai.embeddings.dimension.count", 1536));
        return span;
    }

    private OtlpSpan Retrieval(ByteString traceId, ByteString parent, ref long cursor)
    {
        var duration = (20 + _random.Next(300)) * NanosPerMs;
        var span = NewSpan(traceId, parent, "retrieval kb-docs", SpanKind.Client, cursor, duration);
        cursor += duration + NanosPerMs;
        var documents = JsonText.Write(w =>
        {
            w.WriteStartArray();
            for (var i = 0; i < 3; i++)
            {
                w.WriteStartObject();
                w.WriteString("id", $"doc-{_random.Next(100_000)}");
                w.WriteNumber("score", Math.Round(0.95 - i * 0.1 - _random.NextDouble() * 0.05, 3));
                w.WriteString("content", _text.Text(220));
                w.WriteEndObject();
            }
            w.WriteEndArray();
        });
        span.Attributes.Add(Str("gen_ai.operation.name", "retrieval"));
        span.Attributes.Add(Str("gen_ai.data_source.id", "kb-docs"));
        span.Attributes.Add(Int("gen_ai.request.top_k", 3));
        span.Attributes.Add(Str("gen_ai.retrieval.documents", documents));
        return span;
    }

    private OtlpSpan ToolExecution(ByteString traceId, ByteString parent, ToolProfile tool, string callId, string argumentsJson, string result, ref long cursor)
    {
        var duration = (5 + _random.Next(500)) * NanosPerMs;
        var span = NewSpan(traceId, parent, $"execute_tool {tool.Name}", SpanKind.Internal, cursor, duration);
        cursor += duration + NanosPerMs;
        span.Attributes.Add(Str("gen_ai.operation.name", "execute_tool"));
        span.Attributes.Add(Str("gen_ai.tool.name", tool.Name));
        span.Attributes.Add(Str("gen_ai.tool.description", tool.Description));
        span.Attributes.Add(Str("gen_ai.tool.call.id", callId));
        span.Attributes.Add(Str("gen_ai.tool.call.arguments", argumentsJson));
        span.Attributes.Add(Str("gen_ai.tool.call.result", result));
        return span;
    }

    private OtlpSpan NewSpan(ByteString traceId, ByteString? parent, string name, SpanKind kind, long start, long duration) => new()
    {
        TraceId = traceId,
        SpanId = RandomBytes(8),
        ParentSpanId = parent ?? ByteString.Empty,
        Name = name,
        Kind = kind,
        StartTimeUnixNano = (ulong)start,
        EndTimeUnixNano = (ulong)(start + duration),
        Status = new Status { Code = StatusCode.Ok },
    };

    private ByteString RandomBytes(int length)
    {
        Span<byte> bytes = stackalloc byte[length];
        _random.NextBytes(bytes);
        return ByteString.CopyFrom(bytes);
    }
}
