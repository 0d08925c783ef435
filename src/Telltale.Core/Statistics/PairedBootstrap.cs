namespace Telltale.Core.Statistics;

/// <summary>
/// The paired bootstrap for a mean difference (after − before, per item): resample items with replacement, and read
/// the one-sided p-value as the share of resamples whose mean difference is not below zero, with a 95 % interval
/// from the percentiles. Seeded, so the same runs always give the same verdict.
/// </summary>
public static class PairedBootstrap
{
    public sealed record Result(double MeanDifference, double PValueWorse, double Low95, double High95);

    public static Result Run(IReadOnlyList<double> before, IReadOnlyList<double> after, int resamples = 10_000, int seed = 17)
    {
        if (before.Count != after.Count) throw new ArgumentException("Paired samples must have the same length.", nameof(after));
        var n = before.Count;
        if (n == 0) return new Result(0, 1, 0, 0);
        var diffs = new double[n];
        for (var i = 0; i < n; i++) diffs[i] = after[i] - before[i];
        var observed = diffs.Average();

        var random = new Random(seed);
        var means = new double[resamples];
        var notWorse = 0;
        for (var r = 0; r < resamples; r++)
        {
            var sum = 0.0;
            for (var i = 0; i < n; i++) sum += diffs[random.Next(n)];
            means[r] = sum / n;
            if (means[r] >= 0) notWorse++;
        }
        Array.Sort(means);
        // (notWorse + 1) / (resamples + 1): a bootstrap p-value is never exactly zero.
        return new Result(observed, (notWorse + 1.0) / (resamples + 1.0), means[(int)(0.025 * (resamples - 1))], means[(int)(0.975 * (resamples - 1))]);
    }
}
