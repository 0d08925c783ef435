using System.Text.Json;
using Telltale.Core.Evaluation.Llm;
using Telltale.Core.Model;
using Telltale.Core.Projects;
using Telltale.Core.Querying;
using Telltale.Ingestion.Pipeline;

namespace Telltale.Server.Evaluation.Llm;

/// <summary>
/// Records the model calls Telltale itself makes (judges, canary targets) as LLM spans of the AI system
/// <see cref="SystemName"/>, through the ingest pipeline: they are priced by the same table, appear in the same cost
/// figures and traces, and a judge's reasoning can be read in the trace view like any other call.
/// </summary>
public sealed class OwnCallRecorder(IngestPipeline pipeline)
{
    public const string SystemName = "telltale-evaluation";

    public sealed record Call(LlmConnection Connection, LlmRequest Request, LlmCompletion Completion, string Feature,
        IReadOnlyDictionary<string, string>? Attributes = null);

    /// <summary>One trace of calls under a root span named for what ran them (a canary run, an evaluation pass).</summary>
    /// <returns>The trace, and the cost of each call in order (null where the model has no price).</returns>
    public async Task<(string? TraceId, IReadOnlyList<decimal?> Costs)> RecordAsync(string projectId, string rootName, IReadOnlyList<Call> calls)
    {
        if (calls.Count == 0) return (null, []);
        var traceId = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        var start = calls.Min(c => c.Completion.StartedAt);
        var end = calls.Max(c => c.Completion.StartedAt + c.Completion.Duration);
        var root = new AiSpan
        {
            TraceId = traceId,
            SpanId = ApiKeySecrets.NewId(),
            Name = rootName,
            Kind = AiSpanKind.Evaluator,
            StartUnixNano = UnixNanos.From(start),
            EndUnixNano = UnixNanos.From(end),
            System = SystemName,
            Feature = calls[0].Feature,
        };
        var spans = calls.Select(c => ToSpan(traceId, root.SpanId, c)).ToList();
        await pipeline.WriteOwnSpansAsync(projectId, [root, .. spans]);
        return (traceId, spans.Select(s => s.CostUsd).ToList());
    }

    private static AiSpan ToSpan(string traceId, string parentId, Call call)
    {
        var c = call.Completion;
        return new AiSpan
        {
            TraceId = traceId,
            SpanId = ApiKeySecrets.NewId(),
            ParentSpanId = parentId,
            Name = $"chat {call.Request.Model}",
            Kind = AiSpanKind.Llm,
            OtelKind = 3, // client
            StartUnixNano = UnixNanos.From(c.StartedAt),
            EndUnixNano = UnixNanos.From(c.StartedAt + c.Duration),
            Status = c.Succeeded ? AiSpanStatus.Ok : AiSpanStatus.Error,
            StatusMessage = c.Error,
            ErrorType = c.Succeeded ? null : "llm_call_failed",
            System = SystemName,
            Operation = "chat",
            Provider = call.Connection.Provider,
            RequestModel = call.Request.Model,
            ResponseModel = c.ResponseModel,
            Usage = new TokenUsage { Input = c.InputTokens, Output = c.OutputTokens },
            InputMessages = call.Request.Messages.Select(m => new ChatMessage(m.Role, m.Content)).ToList(),
            OutputMessages = c.Succeeded ? [new ChatMessage("assistant", c.Text)] : [],
            FinishReasons = c.FinishReason is { } f ? [f] : [],
            Feature = call.Feature,
            AttributesJson = JsonSerializer.Serialize(call.Attributes ?? new Dictionary<string, string>()),
        };
    }
}
