namespace Telltale.Core.Storage;

/// <summary>An OTLP log record as stored. GenAI events (per-message events, inference details, evaluation results)
/// arrive this way and are joined to their span by trace and span id when the trace is read.</summary>
public sealed record LogRecordRow
{
    public required string System { get; init; }
    public string? TraceId { get; init; }
    public string? SpanId { get; init; }
    public long TimeUnixNano { get; init; }
    public int SeverityNumber { get; init; }
    public string? SeverityText { get; init; }
    public string? EventName { get; init; }
    public string? BodyJson { get; init; }
    public string AttributesJson { get; init; } = "{}";
    public string ResourceAttributesJson { get; init; } = "{}";

    /// <summary>The chat messages a GenAI event carries, decoded at ingest so reads only merge them into their span.
    /// Input is what was sent to the model; output is what it produced in that call.</summary>
    public IReadOnlyList<Telltale.Core.Model.ChatMessage> InputMessages { get; init; } = [];
    public IReadOnlyList<Telltale.Core.Model.ChatMessage> OutputMessages { get; init; } = [];
}
