namespace Telltale.Core.Review.Sampling;

/// <summary>
/// One week's sampling round: every trace of the week so far (queued or not), how many items the week may hold by now,
/// what is queued for it already, and how to weight and seed the draw.
/// </summary>
public sealed record SamplingInput
{
    public required IReadOnlyList<ReviewCandidate> Candidates { get; init; }
    public required int Allowance { get; init; }

    /// <summary>Items already sampled for this week, per stratum.</summary>
    public IReadOnlyDictionary<string, int> QueuedByStratum { get; init; } = new Dictionary<string, int>();

    /// <summary>Traces already in the queue (from any week): never drawn again.</summary>
    public IReadOnlySet<string> QueuedTraces { get; init; } = new HashSet<string>();
    public LowScoreWeighting Weighting { get; init; } = LowScoreWeighting.None;
    public ulong Seed { get; init; }
}
