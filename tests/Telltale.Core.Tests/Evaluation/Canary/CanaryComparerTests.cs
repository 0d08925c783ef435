using Telltale.Core.Evaluation.Canary;

namespace Telltale.Core.Tests.Evaluation.Canary;

public class CanaryComparerTests
{
    private static CanaryRun Run(string id, Func<int, (double Contains, double Judge)> score, int items = 150) => new()
    {
        Id = id, CanaryId = "c", CanaryName = "c", System = "s", Trigger = "manual", TargetModel = "m",
        Items = Enumerable.Range(0, items).Select(i => new CanaryItemResult
        {
            ItemId = $"item-{i}",
            Scores = new Dictionary<string, double> { ["contains"] = score(i).Contains, ["judge"] = score(i).Judge },
        }).ToList(),
        ScorerMeans = new Dictionary<string, double> { ["contains"] = 0, ["judge"] = 0 },
    };

    private static readonly HashSet<string> Binary = ["contains"];

    [Fact]
    public void A_five_percent_drop_over_150_items_is_a_regression_beyond_a_3_percent_margin()
    {
        var baseline = Run("b", _ => (1, 1));
        var current = Run("r", i => i % 10 == 0 ? (0, 0) : (1, 1)); // 15 of 150 items now fail: 10 % lower

        var c = CanaryComparer.Compare(baseline, current, marginPercent: 3, alpha: 0.05, Binary);

        Assert.True(c.Regressed, c.Verdict);
        Assert.Equal(0.1, c.Overall.RelativeDrop, 10);
        var contains = Assert.Single(c.Scorers, s => s.Name == "contains");
        Assert.Equal("mcnemar", contains.Test);
        Assert.Equal(15, contains.Regressions);
        Assert.Equal(Math.Pow(0.5, 15), contains.PValue, 12);
        Assert.Equal("paired_bootstrap", Assert.Single(c.Scorers, s => s.Name == "judge").Test);
        Assert.StartsWith("Regression:", c.Verdict);
    }

    [Fact]
    public void A_drop_within_the_margin_is_not_a_regression_even_when_significant()
    {
        var baseline = Run("b", _ => (1, 1), items: 200);
        var current = Run("r", i => i % 50 == 0 ? (0, 0) : (1, 1), items: 200); // 2 % lower

        var c = CanaryComparer.Compare(baseline, current, 3, 0.05, Binary);

        Assert.False(c.Regressed);
        Assert.StartsWith("No regression", c.Verdict);
    }

    [Fact]
    public void A_large_but_unreliable_drop_on_few_items_is_not_a_regression()
    {
        var baseline = Run("b", i => (1, i % 2), items: 6);
        var current = Run("r", i => (i == 0 ? 0 : 1, (i + 1) % 2), items: 6);

        var c = CanaryComparer.Compare(baseline, current, 3, 0.05, Binary);

        Assert.True(c.Overall.RelativeDrop > 0.03);
        Assert.False(c.Regressed, c.Verdict);
        Assert.StartsWith("Lower but not significant", c.Verdict);
        // The margin travels with the comparison, so a reader classifies it as the verdict did even after the canary changes.
        Assert.Equal(3, c.MarginPercent);
        Assert.True(CanaryComparer.BeyondMargin(c.Overall, c.MarginPercent));
    }

    [Fact]
    public void Only_items_present_in_both_runs_are_compared()
    {
        var baseline = Run("b", _ => (1, 1), items: 100);
        var current = Run("r", _ => (1, 1), items: 120);
        Assert.Equal(100, CanaryComparer.Compare(baseline, current, 3, 0.05, Binary).Overall.PairedItems);
    }
}
