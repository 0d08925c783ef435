namespace Telltale.Core.Review;

/// <summary>
/// How a project fills its human review queue: how many traces a week, from which systems, spread across intents in
/// proportion to their traffic, with the chance of being picked rising as a chosen signal says the answer was bad, and
/// which score configs reviewers fill in.
/// </summary>
public sealed record ReviewQueueRule
{
    public const int DefaultTargetPerWeek = 75;

    public bool Enabled { get; init; } = true;
    public int TargetPerWeek { get; init; } = DefaultTargetPerWeek;

    /// <summary>AI systems sampled from; empty for all of them.</summary>
    public IReadOnlyList<string> Systems { get; init; } = [];

    /// <summary>One quota per intent (traces without one form the "untagged" stratum); off, one quota for all.</summary>
    public bool StratifyByIntent { get; init; } = true;

    /// <summary>A score name (e.g. groundedness) or <c>feedback.&lt;kind&gt;</c> (e.g. feedback.thumbs) whose bad values
    /// make a trace likelier to be picked; unset, every trace of a stratum is equally likely.</summary>
    public string? WeightBy { get; init; }

    /// <summary>Which end of the weight-by signal's 0..1 scale is bad: low (groundedness, thumbs) or high (refusal).</summary>
    public string BadWhen { get; init; } = Low;

    /// <summary>A trace with the worst signal is (1 + factor) times as likely to be picked as one with the best.</summary>
    public double WeightFactor { get; init; } = 3;

    /// <summary>even: the week's target is released evenly over the week, so the sample covers all of it;
    /// immediate: the whole target may be filled from the traffic seen so far.</summary>
    public string Pacing { get; init; } = Even;

    /// <summary>Names of the score configs reviewers fill in; empty for all of the project's configs.</summary>
    public IReadOnlyList<string> ScoreConfigs { get; init; } = [];

    public const string Low = "low";
    public const string High = "high";
    public const string Even = "even";
    public const string Immediate = "immediate";
}
