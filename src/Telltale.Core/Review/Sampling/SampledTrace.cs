namespace Telltale.Core.Review.Sampling;

/// <summary>A candidate the sampler picked, with the weight it was drawn with.</summary>
public sealed record SampledTrace(ReviewCandidate Candidate, double Weight);
