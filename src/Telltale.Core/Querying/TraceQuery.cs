namespace Telltale.Core.Querying;

/// <summary>Filters of the trace search. A trace matches when any of its spans matches every given filter, except
/// the latency and cost minimums, which apply to the whole trace.</summary>
public sealed record TraceQuery
{
    public required TimeRange Range { get; init; }
    public string? System { get; init; }
    public string? Model { get; init; }

    /// <summary>"ok" or "error": a trace is in error when any of its spans is.</summary>
    public string? Status { get; init; }
    public string? UserId { get; init; }
    public string? SessionId { get; init; }
    public string? Tag { get; init; }
    public double? MinDurationMs { get; init; }
    public decimal? MinCostUsd { get; init; }

    /// <summary>Case-insensitive text to find in prompts, completions, inputs or outputs.</summary>
    public string? Text { get; init; }
    public int Limit { get; init; } = 50;
    public int Offset { get; init; }
}
