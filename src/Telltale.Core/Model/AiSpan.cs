namespace Telltale.Core.Model;

/// <summary>
/// One span in Telltale's own model: what every OTLP dialect is normalized into before it is enriched and stored.
/// Identifiers are lower-case hex; times are Unix nanoseconds (UTC), kept at full precision.
/// </summary>
public sealed class AiSpan
{
    public required string TraceId { get; init; }
    public required string SpanId { get; init; }
    public string? ParentSpanId { get; init; }
    public required string Name { get; init; }
    public AiSpanKind Kind { get; set; }

    /// <summary>The OTLP span kind (internal, server, client, …) as its wire number.</summary>
    public int OtelKind { get; init; }

    public long StartUnixNano { get; init; }
    public long EndUnixNano { get; init; }
    public double DurationMs => (EndUnixNano - StartUnixNano) / 1_000_000.0;

    public AiSpanStatus Status { get; set; }
    public string? StatusMessage { get; set; }
    public string? ErrorType { get; set; }

    /// <summary>The AI system: the resource's <c>service.name</c>.</summary>
    public required string System { get; init; }
    public string? Environment { get; init; }
    public string? ServiceVersion { get; init; }
    public string? ScopeName { get; init; }

    /// <summary>The GenAI operation (chat, embeddings, execute_tool, invoke_agent, …) when the emitter named one.</summary>
    public string? Operation { get; set; }
    public string? Provider { get; set; }
    public string? RequestModel { get; set; }
    public string? ResponseModel { get; set; }

    /// <summary>The model that answered, or the one requested when the response did not say.</summary>
    public string? Model => ResponseModel ?? RequestModel;

    public TokenUsage Usage { get; set; } = TokenUsage.None;

    /// <summary>Cost of this span in USD; null when the span used no priced model.</summary>
    public decimal? CostUsd { get; set; }

    /// <summary>Messages sent to the model, including system instructions (role "system").</summary>
    public IReadOnlyList<ChatMessage> InputMessages { get; set; } = [];
    public IReadOnlyList<ChatMessage> OutputMessages { get; set; } = [];
    public IReadOnlyList<string> FinishReasons { get; set; } = [];

    /// <summary>Raw input and output payloads when they are not chat messages (OpenInference <c>input.value</c>,
    /// OpenLLMetry <c>traceloop.entity.input</c>).</summary>
    public string? InputValue { get; set; }
    public string? OutputValue { get; set; }

    public ToolInvocation? Tool { get; set; }
    public IReadOnlyList<RetrievedDocument> Documents { get; set; } = [];

    public string? SessionId { get; set; }
    public string? UserId { get; set; }

    /// <summary>The product feature the call serves, when the application tags it.</summary>
    public string? Feature { get; set; }
    public IReadOnlyList<string> Tags { get; set; } = [];

    public double? TimeToFirstTokenMs { get; set; }

    /// <summary>HTTP status of the provider call when known (429 marks rate limiting).</summary>
    public int? HttpStatusCode { get; set; }

    /// <summary>True when the call was served by a fallback rather than the model first asked for.</summary>
    public bool IsFallback { get; set; }

    /// <summary>Every span attribute not lifted into a field above, as a JSON object text.</summary>
    public string AttributesJson { get; set; } = "{}";

    /// <summary>The resource attributes as a JSON object text.</summary>
    public string ResourceAttributesJson { get; set; } = "{}";

    /// <summary>Span events that were not turned into messages (exceptions, evaluations, …) as a JSON array text.</summary>
    public string EventsJson { get; set; } = "[]";
}
