namespace Telltale.Core.Alerting;

/// <summary>Median-based statistics, which a few odd values in a history cannot drag around the way a mean is.</summary>
public static class RobustStatistics
{
    /// <summary>Makes the MAD estimate the standard deviation for normally distributed data.</summary>
    public const double MadToSigma = 1.4826;

    public static double Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0) throw new ArgumentException("The median of nothing is undefined.", nameof(values));
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /// <summary>Median absolute deviation from the median.</summary>
    public static double Mad(IReadOnlyList<double> values)
    {
        var median = Median(values);
        return Median(values.Select(v => Math.Abs(v - median)).ToArray());
    }

    /// <summary>
    /// (value − median) / (1.4826 × MAD). A perfectly flat history has MAD 0, which would make any wobble infinitely
    /// anomalous; the scale is therefore floored at 5 % of the median's size, so a change must be material to count.
    /// </summary>
    public static double RobustZ(double value, IReadOnlyList<double> history)
    {
        var median = Median(history);
        var scale = Math.Max(MadToSigma * Mad(history), Math.Max(0.05 * Math.Abs(median), 1e-9));
        return (value - median) / scale;
    }
}
