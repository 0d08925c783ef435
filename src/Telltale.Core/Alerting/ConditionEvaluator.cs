using System.Globalization;

namespace Telltale.Core.Alerting;

/// <summary>
/// Judges one observation against a rule's condition. Pure: the caller supplies the history the condition needs
/// (the previous windows for a trailing baseline, the value a week ago, or the seasonal history for anomalies).
/// </summary>
public static class ConditionEvaluator
{
    public static ConditionOutcome Evaluate(AlertRule rule, Observation current, IReadOnlyList<double> history)
    {
        if (current.Value is not { } value || double.IsNaN(value))
            return new ConditionOutcome(Verdict.NoData, null, Mean(history), "no data in the window");
        if (current.Samples < rule.MinSamples)
            return new ConditionOutcome(Verdict.NoData, value, Mean(history),
                $"only {current.Samples} samples, fewer than the {rule.MinSamples} needed to judge");

        return rule.Condition switch
        {
            StaticThreshold c => Static(c, value, history),
            RelativeToBaseline c => Relative(c, value, history),
            AnomalyCondition c => Anomaly(c, value, history),
            _ => throw new ArgumentOutOfRangeException(nameof(rule), $"Unknown condition {rule.Condition.GetType().Name}."),
        };
    }

    private static ConditionOutcome Static(StaticThreshold c, double value, IReadOnlyList<double> history)
    {
        var recovery = c.Recovery ?? c.Threshold;
        var verdict = Judge(c.Direction, value, c.Threshold, recovery);
        var sign = c.Direction == Direction.Up ? ">" : "<";
        return new ConditionOutcome(verdict, value, Mean(history), $"{F(value)} {(verdict == Verdict.Breached ? sign : "vs")} threshold {F(c.Threshold)}");
    }

    private static ConditionOutcome Relative(RelativeToBaseline c, double value, IReadOnlyList<double> history)
    {
        if (history.Count == 0) return new ConditionOutcome(Verdict.NoData, value, null, "no baseline yet");
        var baseline = c.Baseline == BaselineKind.SameTimeLastWeek ? history[0] : history.Average();
        var change = baseline == 0 ? (value == 0 ? 0 : double.PositiveInfinity * Math.Sign(value)) : (value - baseline) / Math.Abs(baseline) * 100;
        // Judge the change in the bad direction as a positive number of percent.
        var bad = c.Direction == Direction.Up ? change : -change;
        var verdict = Judge(Direction.Up, bad, c.ChangePercent, c.RecoveryPercent ?? c.ChangePercent);
        return new ConditionOutcome(verdict, value, baseline, $"{F(value)} is {F(change)} % against its baseline {F(baseline)}");
    }

    private static ConditionOutcome Anomaly(AnomalyCondition c, double value, IReadOnlyList<double> history)
    {
        if (history.Count < c.MinSeasons)
            return new ConditionOutcome(Verdict.NoData, value, Mean(history), $"{history.Count} seasons of history, {c.MinSeasons} needed");
        var median = RobustStatistics.Median(history);
        var z = RobustStatistics.RobustZ(value, history);
        var bad = c.Direction == Direction.Up ? z : -z;
        var verdict = Judge(Direction.Up, bad, c.ZThreshold, c.RecoveryZ);
        return new ConditionOutcome(verdict, value, median, $"{F(value)} against a usual {F(median)} (robust z {F(z)})");
    }

    /// <summary>Breached beyond the trigger; recovered at or within the recovery threshold; in between otherwise.</summary>
    private static Verdict Judge(Direction direction, double value, double trigger, double recovery) => direction switch
    {
        Direction.Up when value > trigger => Verdict.Breached,
        Direction.Up when value <= recovery => Verdict.Recovered,
        Direction.Down when value < trigger => Verdict.Breached,
        Direction.Down when value >= recovery => Verdict.Recovered,
        _ => Verdict.InBetween,
    };

    private static double? Mean(IReadOnlyList<double> history) => history.Count == 0 ? null : history.Average();

    private static string F(double v) => double.IsInfinity(v) ? (v > 0 ? "+∞" : "−∞") : v.ToString("0.####", CultureInfo.InvariantCulture);
}
