using Bunit;
using Telltale.Web.Components.Shared;
using static Telltale.Web.Tests.CanaryFixtures;

namespace Telltale.Web.Tests.Components;

public sealed class CanaryComparisonTableTests : DashboardTestContext
{
    [Fact]
    public void Overall_comes_first_then_each_scorer_with_its_test_figures_and_the_verdict()
    {
        var cut = Render<CanaryComparisonTable>(p => p.Add(c => c.Comparison, Comparison(0.2, significant: true, regressed: true)));

        var rows = cut.FindAll("[data-testid=comparison-row]");
        Assert.Equal(["overall", "contains", "correctness"], rows.Select(r => r.GetAttribute("data-scorer")));
        var correctness = rows[2];
        Assert.Equal("1.00", correctness.QuerySelector("[data-testid=comparison-baseline]")!.TextContent);
        Assert.Equal("0.60", correctness.QuerySelector("[data-testid=comparison-score]")!.TextContent);
        Assert.Equal("40.0 %", correctness.QuerySelector("[data-testid=comparison-drop]")!.TextContent);
        Assert.Equal("0.0123", correctness.QuerySelector("[data-testid=comparison-p]")!.TextContent);
        Assert.Equal("yes", correctness.QuerySelector("[data-testid=comparison-significant]")!.TextContent);
        Assert.Contains("100 / 0", correctness.TextContent);
        Assert.Contains("paired bootstrap", correctness.TextContent);
        Assert.Contains("McNemar", rows[1].TextContent);
        Assert.Equal("< 0.0001", rows[0].QuerySelector("[data-testid=comparison-p]")!.TextContent);
        Assert.Equal("Regression: score 0.8 against a baseline of 1.", cut.Find("[data-testid=comparison-verdict]").TextContent);
        Assert.Equal("/canary-runs/base", cut.Find("[data-testid=comparison-baseline-link]").GetAttribute("href"));
    }

    [Fact]
    public void Only_drops_beyond_the_margin_are_flagged()
    {
        var cut = Render<CanaryComparisonTable>(p => p.Add(c => c.Comparison, Comparison(0.02, significant: false, regressed: false)));

        var drops = cut.FindAll("[data-testid=comparison-drop]");
        Assert.DoesNotContain("mud-error-text", drops[0].ClassList); // overall 2 %, within the 3 % margin
        Assert.DoesNotContain("mud-error-text", drops[1].ClassList); // contains unchanged
        Assert.Contains("mud-error-text", drops[2].ClassList); // correctness 40 %
    }
}
