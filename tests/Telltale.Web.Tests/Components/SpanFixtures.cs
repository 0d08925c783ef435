using System.Text.Json;
using Telltale.Core.Model;
using Telltale.Core.Querying;

namespace Telltale.Web.Tests.Components;

internal static class SpanFixtures
{
    public static SpanView Span(string id, string? parent, string kind, long startMs, long endMs, string status = "ok") => new()
    {
        TraceId = "0123456789abcdef0123456789abcdef",
        SpanId = id,
        ParentSpanId = parent,
        Name = $"{kind} {id}",
        Kind = kind,
        System = "support",
        Status = status,
        StartUnixNano = startMs * 1_000_000,
        EndUnixNano = endMs * 1_000_000,
        StartTime = DateTimeOffset.UnixEpoch.AddMilliseconds(startMs),
        DurationMs = endMs - startMs,
        Attributes = JsonDocument.Parse("""{"gen_ai.request.model":"gpt-4o"}""").RootElement,
    };

    public static SpanView LlmCall() => Span("c", "a", "llm", 100, 900) with
    {
        Model = "gpt-4o",
        RequestModel = "gpt-4o",
        ResponseModel = "gpt-4o-2024-08-06",
        InputTokens = 420,
        OutputTokens = 60,
        CostUsd = 0.0017m,
        FinishReasons = ["tool_call"],
        InputMessages = [new ChatMessage("system", "Be brief."), new ChatMessage("user", "Where is my order 1234?")],
        OutputMessages =
        [
            new ChatMessage("assistant", null) { ToolCalls = [new ToolCallRequest("call_1", "lookup_order", """{"id":"1234"}""")] },
        ],
    };
}
