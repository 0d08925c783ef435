using Telltale.Core.Model;
using Telltale.Core.Querying;

namespace Telltale.Storage.DuckDb.Tests;

internal static class SpanFactory
{
    public static readonly DateTimeOffset T0 = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    public static AiSpan Llm(string traceId, string spanId, DateTimeOffset start, double ms, string model = "gpt-4o",
        string system = "support-bot", bool error = false, decimal cost = 0.001m, string? parent = null,
        string? user = null, string? session = null, int? http = null, string? userText = null) => new()
        {
            TraceId = traceId,
            SpanId = spanId,
            ParentSpanId = parent,
            Name = "chat " + model,
            Kind = AiSpanKind.Llm,
            StartUnixNano = UnixNanos.From(start),
            EndUnixNano = UnixNanos.From(start) + (long)(ms * 1_000_000),
            Status = error ? AiSpanStatus.Error : AiSpanStatus.Ok,
            System = system,
            Environment = "prod",
            ServiceVersion = "1.0",
            Provider = "openai",
            RequestModel = model,
            ResponseModel = model,
            Usage = new TokenUsage { Input = 100, Output = 20 },
            CostUsd = cost,
            UserId = user,
            SessionId = session,
            HttpStatusCode = http,
            InputMessages = [new ChatMessage("user", userText ?? "What is the refund policy?")],
            OutputMessages = [new ChatMessage("assistant", "Refunds within 30 days.") { FinishReason = "stop" }],
            FinishReasons = ["stop"],
            AttributesJson = """{"feature.flag":"beta"}""",
        };
}
