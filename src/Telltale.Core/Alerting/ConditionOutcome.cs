namespace Telltale.Core.Alerting;

/// <summary>One evaluation of a rule's condition on one group.</summary>
public enum Verdict
{
    /// <summary>The value is bad.</summary>
    Breached,

    /// <summary>The value is good again (past the recovery threshold).</summary>
    Recovered,

    /// <summary>Between the trigger and the recovery threshold: not bad enough to fire, not good enough to resolve.</summary>
    InBetween,

    /// <summary>No value, or too few samples to judge.</summary>
    NoData,
}

/// <param name="NormalValue">What the value usually is (baseline, seasonal median or history mean), for the alert's context.</param>
public sealed record ConditionOutcome(Verdict Verdict, double? Value, double? NormalValue, string Explanation);

/// <summary>A metric value over a rule's window, with how many samples it was computed from.</summary>
public readonly record struct Observation(double? Value, long Samples);
