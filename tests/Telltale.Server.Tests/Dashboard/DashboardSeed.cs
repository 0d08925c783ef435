using System.Security.Cryptography;
using Google.Protobuf;
using Telltale.Otlp.Proto.Collector.Trace;
using Telltale.Otlp.Proto.Trace;
using Telltale.Server.Tests.Infrastructure;
using static Telltale.Server.Tests.Infrastructure.OtlpRequests;

namespace Telltale.Server.Tests.Dashboard;

/// <summary>
/// Known traffic for the dashboard tests, sent through OTLP: a RAG support assistant (agent root, retrieval with
/// two documents, one chat call) with 10 requests of which 2 fail, in two sessions; and a summarizer with 5 plain
/// chat calls. The figures the pages must show follow from these numbers.
/// </summary>
public static class DashboardSeed
{
    public const string Assistant = "support-assistant";
    public const string Summarizer = "summarizer";
    public const int AssistantRequests = 10;
    public const int AssistantErrors = 2;
    public const int SummarizerRequests = 5;
    public const string SessionA = "sess-alpha";

    public static async Task SendAsync(TelltaleTestServer telltale)
    {
        var now = DateTimeOffset.UtcNow;
        var assistant = new List<Span>();
        for (var i = 0; i < AssistantRequests; i++)
            assistant.AddRange(AssistantTrace(i, now.AddMinutes(-50 + i * 4), failed: i >= AssistantRequests - AssistantErrors));
        await PostAsync(telltale, Traces(Assistant, "1.4.0", [.. assistant]));

        var summaries = Enumerable.Range(0, SummarizerRequests)
            .Select(i => ChatSpan(model: "gpt-4o", inputTokens: 1200, outputTokens: 150, start: now.AddMinutes(-40 + i * 5),
                userText: $"Summarize report number {i}", durationMs: 900 + i * 100))
            .ToArray();
        await PostAsync(telltale, Traces(Summarizer, summaries));
    }

    public static async Task PostAsync(TelltaleTestServer telltale, ExportTraceServiceRequest request)
    {
        var response = await telltale.Client.PostAsync("/v1/traces", Protobuf(request));
        Assert.True(response.IsSuccessStatusCode, $"seeding failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>invoke_agent → retrieval (2 documents) → chat; a failed request has its chat call and root in error.</summary>
    public static IEnumerable<Span> AssistantTrace(int n, DateTimeOffset start, bool failed = false)
    {
        var traceId = ByteString.CopyFrom(RandomNumberGenerator.GetBytes(16));
        var rootId = ByteString.CopyFrom(RandomNumberGenerator.GetBytes(8));
        var session = n % 2 == 0 ? SessionA : "sess-beta";
        var question = $"How do I reset my password, case {n}?";
        var answer = $"Open Settings, choose Security and press Reset password (answer {n}).";

        var root = NewSpan(traceId, rootId, null, "invoke_agent support", start, 1400);
        root.Attributes.Add(Attr("gen_ai.operation.name", "invoke_agent"));
        root.Attributes.Add(Attr("gen_ai.agent.name", "support"));
        root.Attributes.Add(Attr("session.id", session));
        root.Attributes.Add(Attr("user.id", $"user-{n % 3}"));

        var retrieval = NewSpan(traceId, RandomId(), rootId, "retrieve kb", start.AddMilliseconds(20), 180);
        retrieval.Attributes.Add(Attr("openinference.span.kind", "RETRIEVER"));
        retrieval.Attributes.Add(Attr("input.value", question));
        for (var d = 0; d < 2; d++)
        {
            retrieval.Attributes.Add(Attr($"retrieval.documents.{d}.document.id", $"kb-{100 + d}"));
            retrieval.Attributes.Add(Attr($"retrieval.documents.{d}.document.content", $"Knowledge base article {100 + d} about passwords."));
            retrieval.Attributes.Add(Attr($"retrieval.documents.{d}.document.score", d == 0 ? "0.91" : "0.74"));
        }

        var chat = NewSpan(traceId, RandomId(), rootId, "chat gpt-4o-mini", start.AddMilliseconds(220), 1100);
        chat.Attributes.Add(Attr("gen_ai.operation.name", "chat"));
        chat.Attributes.Add(Attr("gen_ai.provider.name", "openai"));
        chat.Attributes.Add(Attr("gen_ai.request.model", "gpt-4o-mini"));
        chat.Attributes.Add(Attr("gen_ai.response.model", "gpt-4o-mini-2024-07-18"));
        chat.Attributes.Add(Attr("gen_ai.usage.input_tokens", 420L));
        chat.Attributes.Add(Attr("gen_ai.usage.output_tokens", 60L));
        chat.Attributes.Add(Attr("session.id", session));
        chat.Attributes.Add(Attr("gen_ai.input.messages",
            $$"""[{"role":"system","parts":[{"type":"text","content":"You are a support assistant."}]},{"role":"user","parts":[{"type":"text","content":"{{question}}"}]}]"""));
        if (failed)
        {
            chat.Status = new Status { Code = Status.Types.StatusCode.Error, Message = "upstream timeout" };
            chat.Attributes.Add(Attr("error.type", "timeout"));
            root.Status = new Status { Code = Status.Types.StatusCode.Error, Message = "model call failed" };
        }
        else
        {
            chat.Attributes.Add(Attr("gen_ai.output.messages",
                $$"""[{"role":"assistant","parts":[{"type":"text","content":"{{answer}}"}],"finish_reason":"stop"}]"""));
            chat.Attributes.Add(Attr("gen_ai.response.finish_reasons", "stop"));
        }
        return [root, retrieval, chat];
    }

    private static Span NewSpan(ByteString traceId, ByteString spanId, ByteString? parent, string name, DateTimeOffset start, int durationMs)
    {
        var startNs = (ulong)start.ToUnixTimeMilliseconds() * 1_000_000;
        var span = new Span
        {
            TraceId = traceId, SpanId = spanId, Name = name, Kind = Span.Types.SpanKind.Internal,
            StartTimeUnixNano = startNs, EndTimeUnixNano = startNs + (ulong)durationMs * 1_000_000,
        };
        if (parent is not null) span.ParentSpanId = parent;
        return span;
    }

    private static ByteString RandomId() => ByteString.CopyFrom(RandomNumberGenerator.GetBytes(8));
}
