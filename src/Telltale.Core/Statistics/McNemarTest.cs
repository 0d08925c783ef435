using MathNet.Numerics.Distributions;

namespace Telltale.Core.Statistics;

/// <summary>
/// McNemar's exact test for paired pass/fail outcomes (the same items, before and after): only the items whose
/// outcome changed carry information. Under "no change", regressions among the changed items are Binomial(n, ½);
/// the one-sided p-value is the chance of at least as many regressions as seen.
/// </summary>
public static class McNemarTest
{
    /// <param name="regressions">Items that passed before and fail now.</param>
    /// <param name="improvements">Items that failed before and pass now.</param>
    public static double OneSidedWorse(int regressions, int improvements)
    {
        var changed = regressions + improvements;
        if (changed == 0 || regressions == 0) return 1;
        // P(X >= regressions) = 1 - P(X <= regressions - 1)
        return Math.Clamp(1 - Binomial.CDF(0.5, changed, regressions - 1), 0, 1);
    }
}
