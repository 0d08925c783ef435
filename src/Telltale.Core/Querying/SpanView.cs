using System.Text.Json;
using Telltale.Core.Model;

namespace Telltale.Core.Querying;

/// <summary>A stored span as the API and the dashboard show it.</summary>
public sealed record SpanView
{
    public required string TraceId { get; init; }
    public required string SpanId { get; init; }
    public string? ParentSpanId { get; init; }
    public required string Name { get; init; }
    public required string Kind { get; init; }
    public required string System { get; init; }
    public string? Environment { get; init; }
    public string? ServiceVersion { get; init; }
    public DateTimeOffset StartTime { get; init; }
    public long StartUnixNano { get; init; }
    public long EndUnixNano { get; init; }
    public double DurationMs { get; init; }
    public required string Status { get; init; }
    public string? StatusMessage { get; init; }
    public string? ErrorType { get; init; }
    public string? Operation { get; init; }
    public string? Provider { get; init; }
    public string? Model { get; init; }
    public string? RequestModel { get; init; }
    public string? ResponseModel { get; init; }
    public long? InputTokens { get; init; }
    public long? OutputTokens { get; init; }
    public long? CacheReadTokens { get; init; }
    public long? CacheWriteTokens { get; init; }
    public long? ReasoningTokens { get; init; }
    public bool TokensEstimated { get; init; }
    public decimal? CostUsd { get; init; }
    public double? TimeToFirstTokenMs { get; init; }
    public int? HttpStatusCode { get; init; }
    public bool IsFallback { get; init; }
    public string? SessionId { get; init; }
    public string? UserId { get; init; }
    public string? Feature { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<ChatMessage> InputMessages { get; init; } = [];
    public IReadOnlyList<ChatMessage> OutputMessages { get; init; } = [];
    public IReadOnlyList<string> FinishReasons { get; init; } = [];
    public string? InputValue { get; init; }
    public string? OutputValue { get; init; }
    public ToolInvocation? Tool { get; init; }
    public IReadOnlyList<RetrievedDocument> Documents { get; init; } = [];
    public JsonElement Attributes { get; init; }
    public JsonElement ResourceAttributes { get; init; }
    public JsonElement Events { get; init; }
}
