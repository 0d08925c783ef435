namespace Telltale.Core.Querying;

/// <summary>An AI system (a <c>service.name</c>) as registered on first sight, with its traffic in the store.</summary>
public sealed record SystemSummary(
    string Name,
    IReadOnlyList<string> Environments,
    IReadOnlyList<string> Versions,
    DateTimeOffset FirstSeen,
    DateTimeOffset? LastSeen,
    long SpanCount,
    long TraceCount);

/// <summary>A registered system and its latest span in a recent window.</summary>
public sealed record SystemActivity(
    string Name,
    IReadOnlyList<string> Environments,
    IReadOnlyList<string> Versions,
    DateTimeOffset FirstSeen,
    DateTimeOffset? LastSeen);

/// <summary>One trace (a "task") in a search result.</summary>
public sealed record TraceSummary
{
    public required string TraceId { get; init; }
    public required string System { get; init; }
    public string? RootName { get; init; }
    public DateTimeOffset StartTime { get; init; }
    public double DurationMs { get; init; }
    public int SpanCount { get; init; }
    public int LlmCallCount { get; init; }
    public required string Status { get; init; }
    public IReadOnlyList<string> Models { get; init; } = [];
    public long InputTokens { get; init; }
    public long OutputTokens { get; init; }
    public decimal CostUsd { get; init; }
    public string? UserId { get; init; }
    public string? SessionId { get; init; }
    public string? Environment { get; init; }
}

public sealed record TracePage(IReadOnlyList<TraceSummary> Items, int Offset, int Limit, bool HasMore);

public sealed record TraceDetail(TraceSummary Summary, IReadOnlyList<SpanView> Spans);

public sealed record SessionSummary(
    string SessionId,
    string? UserId,
    string System,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    long TraceCount,
    long ErrorCount,
    decimal CostUsd);

public sealed record UserSummary(
    string UserId,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    long TraceCount,
    long SessionCount,
    long ErrorCount,
    decimal CostUsd);
