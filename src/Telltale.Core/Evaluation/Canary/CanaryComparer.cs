using Telltale.Core.Statistics;

namespace Telltale.Core.Evaluation.Canary;

/// <summary>
/// Compares a run with its baseline item by item (the same examples, before and after), so the test has the power
/// of a paired design: a 3 % drop over 150 items is visible where two unpaired means would drown it in item variety.
/// Pass/fail scorers use McNemar's exact test; graded scores (and the overall per-item mean) the paired bootstrap.
/// </summary>
public static class CanaryComparer
{
    public const string Overall = "overall";

    public static CanaryComparison Compare(CanaryRun baseline, CanaryRun current, double marginPercent, double alpha, IReadOnlySet<string> binaryScorers)
    {
        var before = baseline.Items.ToDictionary(i => i.ItemId);
        var pairs = current.Items.Where(i => before.ContainsKey(i.ItemId)).Select(i => (Before: before[i.ItemId], After: i)).ToList();

        var overallPairs = pairs.Where(p => p.Before.Score is not null && p.After.Score is not null)
            .Select(p => (p.Before.Score!.Value, p.After.Score!.Value)).ToList();
        var overall = Graded(Overall, overallPairs, alpha);

        var scorers = current.ScorerMeans.Keys.Union(baseline.ScorerMeans.Keys).Order().Select(name =>
        {
            var values = pairs.Where(p => p.Before.Scores.ContainsKey(name) && p.After.Scores.ContainsKey(name))
                .Select(p => (p.Before.Scores[name], p.After.Scores[name])).ToList();
            return binaryScorers.Contains(name) ? PassFail(name, values, alpha) : Graded(name, values, alpha);
        }).ToList();

        var regressed = overall.Significant && BeyondMargin(overall, marginPercent);
        return new CanaryComparison
        {
            BaselineRunId = baseline.Id,
            Overall = overall,
            Scorers = scorers,
            Regressed = regressed,
            MarginPercent = marginPercent,
            Verdict = Describe(overall, regressed, marginPercent, alpha),
        };
    }

    private static ScoreComparison Graded(string name, IReadOnlyList<(double Before, double After)> pairs, double alpha)
    {
        if (pairs.Count == 0) return new ScoreComparison(name, 0, 0, 0, 0, "paired_bootstrap", 1, false);
        var result = PairedBootstrap.Run(pairs.Select(p => p.Before).ToList(), pairs.Select(p => p.After).ToList());
        var baseline = pairs.Average(p => p.Before);
        var score = pairs.Average(p => p.After);
        return new ScoreComparison(name, pairs.Count, baseline, score, Drop(baseline, score), "paired_bootstrap", result.PValueWorse,
            result.MeanDifference < 0 && result.PValueWorse < alpha,
            pairs.Count(p => p.After < p.Before), pairs.Count(p => p.After > p.Before));
    }

    private static ScoreComparison PassFail(string name, IReadOnlyList<(double Before, double After)> pairs, double alpha)
    {
        var regressions = pairs.Count(p => p.Before >= 0.5 && p.After < 0.5);
        var improvements = pairs.Count(p => p.Before < 0.5 && p.After >= 0.5);
        var p = McNemarTest.OneSidedWorse(regressions, improvements);
        var baseline = pairs.Count == 0 ? 0 : pairs.Average(x => x.Before);
        var score = pairs.Count == 0 ? 0 : pairs.Average(x => x.After);
        return new ScoreComparison(name, pairs.Count, baseline, score, Drop(baseline, score), "mcnemar", p,
            regressions > improvements && p < alpha, regressions, improvements);
    }

    /// <summary>The score fell by more than the margin (whether or not the test calls it significant).</summary>
    public static bool BeyondMargin(ScoreComparison overall, double marginPercent) => overall.RelativeDrop * 100 > marginPercent;

    private static double Drop(double baseline, double score) => baseline <= 0 ? 0 : (baseline - score) / baseline;

    private static string Describe(ScoreComparison o, bool regressed, double margin, double alpha)
    {
        var change = $"score {o.Score:0.###} against a baseline of {o.BaselineScore:0.###} on {o.PairedItems} paired items " +
                     $"({(o.RelativeDrop >= 0 ? $"{o.RelativeDrop:P1} lower" : $"{-o.RelativeDrop:P1} higher")}, p = {o.PValue:0.####})";
        if (regressed) return $"Regression: {change}; more than the {margin:0.##} % margin and significant at {alpha:0.###}.";
        if (BeyondMargin(o, margin)) return $"Lower but not significant: {change}.";
        return $"No regression: {change}.";
    }
}
