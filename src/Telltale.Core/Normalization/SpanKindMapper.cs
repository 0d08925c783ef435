using Telltale.Core.Model;

namespace Telltale.Core.Normalization;

/// <summary>Maps each dialect's span-type vocabulary onto <see cref="AiSpanKind"/>. Unknown values return null so
/// the caller can try the next dialect's attribute.</summary>
internal static class SpanKindMapper
{
    /// <summary><c>gen_ai.operation.name</c>, including M.E.AI's non-standard <c>orchestrate_tools</c> and
    /// <c>realtime</c>.</summary>
    public static AiSpanKind? FromOperation(string? operation) => operation switch
    {
        "chat" or "generate_content" or "text_completion" or "realtime" => AiSpanKind.Llm,
        "embeddings" => AiSpanKind.Embedding,
        "retrieval" => AiSpanKind.Retrieval,
        "execute_tool" => AiSpanKind.Tool,
        "invoke_agent" or "create_agent" => AiSpanKind.Agent,
        "invoke_workflow" => AiSpanKind.Workflow,
        "orchestrate_tools" => AiSpanKind.Chain,
        _ => null,
    };

    /// <summary>
    /// The operation of a span that names none, from its name. Only M.E.AI's grouping span qualifies: its
    /// FunctionInvokingChatClient starts it as <c>StartActivity("orchestrate_tools")</c> with no
    /// <c>gen_ai.operation.name</c> (10.11) but later tags it with the summed usage of its chat calls; unrecognised it
    /// would be an "other" span whose tokens look like its own. Other names are free text and are not guessed from.
    /// </summary>
    public static string? OperationFromSpanName(string spanName) => spanName == "orchestrate_tools" ? spanName : null;

    /// <summary><c>openinference.span.kind</c>, upper-case by spec but compared case-insensitively.</summary>
    public static AiSpanKind? FromOpenInference(string? kind) => kind?.ToUpperInvariant() switch
    {
        "LLM" => AiSpanKind.Llm,
        "EMBEDDING" => AiSpanKind.Embedding,
        "RETRIEVER" => AiSpanKind.Retrieval,
        "RERANKER" => AiSpanKind.Rerank,
        "TOOL" => AiSpanKind.Tool,
        "AGENT" => AiSpanKind.Agent,
        "CHAIN" => AiSpanKind.Chain,
        "GUARDRAIL" => AiSpanKind.Guardrail,
        "EVALUATOR" => AiSpanKind.Evaluator,
        // PROMPT (template rendering) and UNKNOWN are real values with no closer kind.
        "PROMPT" or "UNKNOWN" => AiSpanKind.Other,
        _ => null,
    };

    /// <summary><c>traceloop.span.kind</c> from the OpenLLMetry SDK decorators.</summary>
    public static AiSpanKind? FromTraceloop(string? kind) => kind switch
    {
        "workflow" => AiSpanKind.Workflow,
        "task" => AiSpanKind.Chain,
        "agent" => AiSpanKind.Agent,
        "tool" => AiSpanKind.Tool,
        _ => null,
    };

    /// <summary><c>llm.request.type</c> (OpenLLMetry LLM spans).</summary>
    public static AiSpanKind? FromLlmRequestType(string? type) => type switch
    {
        "chat" or "completion" => AiSpanKind.Llm,
        "embedding" => AiSpanKind.Embedding,
        "rerank" => AiSpanKind.Rerank,
        _ => null,
    };

    /// <summary>The GenAI operation name equivalent of an <c>llm.request.type</c>, so Operation uses one vocabulary.</summary>
    public static string? OperationFromLlmRequestType(string? type) => type switch
    {
        "chat" => "chat",
        "completion" => "text_completion",
        "embedding" => "embeddings",
        "rerank" => "rerank",
        _ => null,
    };
}
