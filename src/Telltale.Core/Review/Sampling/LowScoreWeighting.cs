namespace Telltale.Core.Review.Sampling;

/// <summary>
/// The sampling weight of a trace from its weight-by signal on a 0..1 scale (values outside are clamped):
/// 1 + factor × badness, where badness is how close the value is to the bad end. A trace without the signal weighs 1,
/// as if it were fine: no evidence, no boost.
/// </summary>
public sealed record LowScoreWeighting(string BadWhen, double Factor)
{
    public static readonly LowScoreWeighting None = new(ReviewQueueRule.Low, 0);

    public double WeightOf(double? score)
    {
        if (score is not { } value || !double.IsFinite(value)) return 1;
        var clamped = Math.Clamp(value, 0, 1);
        var badness = BadWhen == ReviewQueueRule.High ? clamped : 1 - clamped;
        return 1 + Factor * badness;
    }

    /// <summary>Of several values for one trace (one per model call), the one that makes it look worst.</summary>
    public double Worst(IEnumerable<double> values) => BadWhen == ReviewQueueRule.High ? values.Max() : values.Min();
}
