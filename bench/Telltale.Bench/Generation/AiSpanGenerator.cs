using Telltale.Core.Model;
using static Telltale.Bench.Generation.WorkloadCatalog;

namespace Telltale.Bench.Generation;

/// <summary>
/// Already-normalized spans for building a large store fast (no OTLP, no normalization): agent traces of five spans
/// (agent, retrieval, chat, tool, chat) spread evenly over a window in time order, as live ingest would have written
/// them. Message content is modest and drawn from a pool, so a 5M-span file stays a few GB.
/// </summary>
public sealed class AiSpanGenerator
{
    public const int SpansPerTrace = 5;
    private const long NanosPerMs = 1_000_000;

    private readonly Random _random;
    private readonly string[] _systemPrompts;
    private readonly string[] _questions;
    private readonly string[] _answers;
    private readonly string[] _resourceJson;

    public AiSpanGenerator(int seed)
    {
        _random = new Random(seed);
        var text = new TextGenerator(new Random(seed + 1));
        _systemPrompts = Enumerable.Range(0, 64).Select(_ => text.Text(120)).ToArray();
        _questions = Enumerable.Range(0, 4096).Select(_ => text.Text(160)).ToArray();
        _answers = Enumerable.Range(0, 4096).Select(_ => text.Text(220)).ToArray();
        _resourceJson = Services.Select(s => JsonText.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("service.name", s.Name);
            w.WriteString("service.version", s.Version);
            w.WriteString("deployment.environment.name", s.Environment);
            w.WriteString("telemetry.sdk.language", "python");
            w.WriteEndObject();
        })).ToArray();
    }

    /// <summary>One trace starting at <paramref name="startNanos"/>.</summary>
    public void AddTrace(long startNanos, List<AiSpan> into)
    {
        var serviceIndex = _random.Next(Services.Length);
        var service = Services[serviceIndex];
        var model = ChatModels[_random.Next(ChatModels.Length)];
        var traceId = Hex(16);
        var rootId = Hex(8);
        var user = $"user-{_random.Next(2000):D4}";
        var session = $"conv-{_random.Next(200_000):D6}";
        var failed = _random.Next(40) == 0;
        var tool = Tools[_random.Next(Tools.Length)];

        var cursor = startNanos + 2 * NanosPerMs;
        var retrievalEnd = cursor + (20 + _random.Next(300)) * NanosPerMs;
        var retrieval = Span(traceId, rootId, "retrieval kb-docs", AiSpanKind.Retrieval, "retrieval", service, serviceIndex, cursor, retrievalEnd);
        retrieval.Documents = [new RetrievedDocument($"doc-{_random.Next(100_000)}", 0.9, _answers[_random.Next(_answers.Length)])];
        cursor = retrievalEnd + NanosPerMs;

        var firstChat = Chat(traceId, rootId, model, service, serviceIndex, user, session, ref cursor, "tool_call", failed: false);
        var toolEnd = cursor + (5 + _random.Next(500)) * NanosPerMs;
        var toolSpan = Span(traceId, rootId, $"execute_tool {tool.Name}", AiSpanKind.Tool, "execute_tool", service, serviceIndex, cursor, toolEnd);
        toolSpan.Tool = new ToolInvocation(tool.Name) { CallId = "call_" + Hex(6), Arguments = $"{{\"{tool.ArgumentName}\":\"{_random.Next(100_000)}\"}}", Result = _answers[_random.Next(_answers.Length)][..80] };
        cursor = toolEnd + NanosPerMs;
        var secondChat = Chat(traceId, rootId, model, service, serviceIndex, user, session, ref cursor, FinishReasons[_random.Next(FinishReasons.Length)], failed);

        var root = new AiSpan
        {
            TraceId = traceId, SpanId = rootId, Name = $"invoke_agent {service.Agent}", System = service.Name,
            Environment = service.Environment, ServiceVersion = service.Version, ScopeName = "opentelemetry.instrumentation.genai",
            StartUnixNano = startNanos, EndUnixNano = cursor + NanosPerMs, OtelKind = 2,
            Kind = AiSpanKind.Agent, Operation = "invoke_agent", UserId = user, SessionId = session,
            Status = failed ? AiSpanStatus.Error : AiSpanStatus.Ok,
            ResourceAttributesJson = _resourceJson[serviceIndex],
        };
        into.Add(root);
        into.Add(retrieval);
        into.Add(firstChat);
        into.Add(toolSpan);
        into.Add(secondChat);
    }

    private AiSpan Chat(string traceId, string parent, ModelProfile model, ServiceProfile service, int serviceIndex, string user, string session,
        ref long cursor, string finishReason, bool failed)
    {
        var end = cursor + (400 + _random.Next(6000)) * NanosPerMs;
        var span = Span(traceId, parent, $"chat {model.Requested}", AiSpanKind.Llm, "chat", service, serviceIndex, cursor, end);
        cursor = end + NanosPerMs;
        var input = 200 + _random.Next(3000);
        var output = 20 + _random.Next(800);
        span.Provider = model.Provider;
        span.RequestModel = model.Requested;
        span.ResponseModel = model.Answered;
        span.Usage = new TokenUsage { Input = input, Output = output, CacheRead = _random.Next(3) == 0 ? input / 2 : null };
        span.CostUsd = decimal.Round((input * 2.5m + output * 10m) / 1_000_000m, 9);
        span.UserId = user;
        span.SessionId = session;
        span.FinishReasons = [finishReason];
        span.InputMessages = [new ChatMessage("system", _systemPrompts[_random.Next(_systemPrompts.Length)]), new ChatMessage("user", _questions[_random.Next(_questions.Length)])];
        span.OutputMessages = [new ChatMessage("assistant", _answers[_random.Next(_answers.Length)]) { FinishReason = finishReason }];
        span.AttributesJson = """{"gen_ai.request.temperature":0.7,"gen_ai.request.max_tokens":1024}""";
        if (failed)
        {
            span.Status = AiSpanStatus.Error;
            span.ErrorType = "RateLimitError";
            span.HttpStatusCode = 429;
        }
        return span;
    }

    private AiSpan Span(string traceId, string parent, string name, AiSpanKind kind, string operation, ServiceProfile service, int serviceIndex, long start, long end) => new()
    {
        TraceId = traceId, SpanId = Hex(8), ParentSpanId = parent, Name = name, Kind = kind, Operation = operation,
        System = service.Name, Environment = service.Environment, ServiceVersion = service.Version,
        ScopeName = "opentelemetry.instrumentation.genai", StartUnixNano = start, EndUnixNano = end,
        OtelKind = kind == AiSpanKind.Tool ? 1 : 3, Status = AiSpanStatus.Ok, ResourceAttributesJson = _resourceJson[serviceIndex],
    };

    private string Hex(int bytes)
    {
        Span<byte> buffer = stackalloc byte[bytes];
        _random.NextBytes(buffer);
        return Convert.ToHexStringLower(buffer);
    }
}
