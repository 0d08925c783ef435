namespace Telltale.Core.Review.Agreement;

/// <summary>
/// How closely two raters agree on the same items. Each figure is null where it is undefined (no pairs, a rater
/// that never varies), rather than a misleading 0 or 1.
/// </summary>
public static class AgreementStatistics
{
    /// <summary>Share of pairs with the same label.</summary>
    public static double? PercentAgreement(IReadOnlyList<(string A, string B)> pairs) =>
        pairs.Count == 0 ? null : (double)pairs.Count(p => p.A == p.B) / pairs.Count;

    /// <summary>
    /// Cohen's kappa: agreement beyond what the raters' own label frequencies would give by chance,
    /// (p_o − p_e) / (1 − p_e). Undefined when both raters always give the one same label (p_e = 1).
    /// </summary>
    public static double? CohensKappa(IReadOnlyList<(string A, string B)> pairs)
    {
        if (pairs.Count == 0) return null;
        double n = pairs.Count;
        var observed = pairs.Count(p => p.A == p.B) / n;
        var byA = pairs.GroupBy(p => p.A).ToDictionary(g => g.Key, g => g.Count() / n);
        var byB = pairs.GroupBy(p => p.B).ToDictionary(g => g.Key, g => g.Count() / n);
        var chance = byA.Sum(a => a.Value * byB.GetValueOrDefault(a.Key));
        return chance >= 1 - 1e-12 ? null : (observed - chance) / (1 - chance);
    }

    /// <summary>Pearson's product-moment correlation; undefined for fewer than two pairs or a constant series.</summary>
    public static double? Pearson(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        CheckLengths(x, y);
        if (x.Count < 2) return null;
        double meanX = x.Average(), meanY = y.Average(), sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Count; i++)
        {
            var dx = x[i] - meanX;
            var dy = y[i] - meanY;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        return sxx <= 0 || syy <= 0 ? null : sxy / Math.Sqrt(sxx * syy);
    }

    /// <summary>Spearman's rank correlation: Pearson's on the ranks, tied values sharing their mean rank.</summary>
    public static double? Spearman(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        CheckLengths(x, y);
        return Pearson(Ranks(x), Ranks(y));
    }

    public static double? MeanAbsoluteDifference(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        CheckLengths(x, y);
        return x.Count == 0 ? null : x.Zip(y, (a, b) => Math.Abs(a - b)).Average();
    }

    /// <summary>1-based ranks; a run of equal values gets the mean of the ranks it spans.</summary>
    internal static double[] Ranks(IReadOnlyList<double> values)
    {
        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Count];
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]]) end++;
            var meanRank = (start + end) / 2.0 + 1;
            for (var i = start; i <= end; i++) ranks[order[i]] = meanRank;
            start = end + 1;
        }
        return ranks;
    }

    private static void CheckLengths(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        if (x.Count != y.Count) throw new ArgumentException($"Both series need the same length ({x.Count} and {y.Count}).");
    }
}
