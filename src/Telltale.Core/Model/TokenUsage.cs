namespace Telltale.Core.Model;

/// <summary>Token counts of one model call. Input includes cached tokens and output includes reasoning tokens,
/// as in the OpenTelemetry GenAI conventions; the cache and reasoning figures are subsets.</summary>
public sealed record TokenUsage
{
    public long? Input { get; init; }
    public long? Output { get; init; }
    public long? CacheRead { get; init; }
    public long? CacheWrite { get; init; }
    public long? Reasoning { get; init; }

    /// <summary>True when Telltale counted the tokens itself because the provider reported none.</summary>
    public bool Estimated { get; init; }

    public static readonly TokenUsage None = new();

    public bool IsEmpty => Input is null && Output is null;
}
