namespace Telltale.Core.Review.Sampling;

/// <summary>A trace that may be sampled: its stratum and the rule's weight-by signal for it, if it has one.</summary>
public sealed record ReviewCandidate(string TraceId, string System, string? SessionId, string Stratum, DateTimeOffset TraceTime, double? WeightScore)
{
    /// <summary>The stratum of traces no intent was given for.</summary>
    public const string Untagged = "untagged";

    /// <summary>The one stratum of a rule that does not stratify by intent.</summary>
    public const string AllTraffic = "all";
}
