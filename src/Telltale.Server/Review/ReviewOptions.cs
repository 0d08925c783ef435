namespace Telltale.Server.Review;

/// <summary>Bound from Telltale:Review: the review queue sampler's schedule.</summary>
public sealed class ReviewOptions
{
    public bool Enabled { get; set; } = true;
    public int IntervalSeconds { get; set; } = 600;

    /// <summary>Traces are sampled once they are this old, so the evaluators (and the intent classifier) have judged
    /// them and a low score can raise their chance.</summary>
    public int LagSeconds { get; set; } = 300;

    /// <summary>Most traces of one week (per system filter) considered in a round; a busier week is sampled from its
    /// newest traces this many.</summary>
    public int MaxCandidatesPerWeek { get; set; } = 50_000;
}
