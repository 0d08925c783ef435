using Telltale.Core.Evaluation.Canary;

namespace Telltale.Core.Alerting;

/// <summary>
/// Canary results as rule metrics, read from the newest completed run of each canary that finished in the window:
/// <c>canaryScore</c> is its score; <c>canaryRegression</c> is its relative drop below the pinned baseline when the
/// run's comparison judged it a regression (beyond the canary's own margin, and significant), else 0 — so a rule
/// "canaryRegression &gt; 0" fires exactly when a canary says the model got worse. Either may name one canary
/// (<c>canaryScore.&lt;canary&gt;</c>); otherwise all canaries guarding the filtered systems count (the lowest score,
/// the largest drop).
/// </summary>
public static class CanaryRuleMetrics
{
    public const string Score = "canaryScore";
    public const string Regression = "canaryRegression";

    public static IReadOnlyList<string> Names => [Score, Regression];

    public static bool Handles(string metric) => Parse(metric) is not null;

    /// <returns>The base metric and the canary it names, if any; null when it is not a canary metric.</returns>
    public static (string Metric, string? Canary)? Parse(string metric)
    {
        foreach (var name in Names)
        {
            if (metric.Equals(name, StringComparison.OrdinalIgnoreCase)) return (name, null);
            if (metric.StartsWith(name + ".", StringComparison.OrdinalIgnoreCase) && metric.Length > name.Length + 1) return (name, metric[(name.Length + 1)..]);
        }
        return null;
    }

    /// <summary>The observation over the latest runs of the canaries that count; samples are the items scored.</summary>
    public static Observation Read(string metric, IReadOnlyList<CanaryRun> runs)
    {
        var scored = runs.Where(r => r.Score is not null).ToList();
        if (scored.Count == 0) return new Observation(null, 0);
        long samples = scored.Sum(r => r.ScoredItems);
        return Parse(metric)!.Value.Metric == Score
            ? new Observation(scored.Min(r => r.Score!.Value), samples)
            : new Observation(scored.Max(r => r.Comparison is { Regressed: true } c ? c.Overall.RelativeDrop : 0), samples);
    }
}
