using Bunit;
using Telltale.Core.Evaluation.Canary;
using Telltale.Web.Components.Shared;
using static Telltale.Web.Tests.CanaryFixtures;

namespace Telltale.Web.Tests.Components;

public sealed class CanaryVerdictChipTests : DashboardTestContext
{
    private AngleSharp.Dom.IElement Chip(CanaryRun? run) =>
        Render<CanaryVerdictChip>(p => p.Add(c => c.Run, run).Add(c => c.TestId, "verdict")).Find("[data-testid=verdict]");

    [Fact]
    public void A_significant_drop_beyond_the_margin_reads_regressed_in_red_with_the_verdict_as_tooltip()
    {
        var chip = Chip(Run("r") with { Comparison = Comparison(0.2, significant: true, regressed: true) });

        Assert.Equal("regressed", chip.TextContent.Trim());
        Assert.Equal("Regressed", chip.GetAttribute("data-verdict"));
        Assert.Contains("mud-chip-color-error", chip.ClassName);
        Assert.Equal("Regression: score 0.8 against a baseline of 1.", chip.GetAttribute("title"));
    }

    [Fact]
    public void A_drop_beyond_the_margin_the_test_cannot_tell_from_chance_is_lower_but_not_significant()
    {
        var chip = Chip(Run("r") with { Comparison = Comparison(0.05, significant: false, regressed: false) });

        Assert.Equal("lower, not significant", chip.TextContent.Trim());
        Assert.Contains("mud-chip-color-warning", chip.ClassName);
    }

    [Theory]
    [InlineData(0.02, "no regression")] // within the 3 % margin
    [InlineData(-0.1, "no regression")] // better
    public void A_drop_within_the_margin_or_a_rise_is_no_regression(double drop, string label) =>
        Assert.Equal(label, Chip(Run("r") with { Comparison = Comparison(drop, significant: false, regressed: false) }).TextContent.Trim());

    [Fact]
    public void Failed_running_first_and_never_run_canaries_say_so()
    {
        Assert.Equal("failed", Chip(Run("r") with { Status = CanaryRun.Failed, Error = "The target failed" }).TextContent.Trim());
        Assert.Equal("The target failed", Chip(Run("r") with { Status = CanaryRun.Failed, Error = "The target failed" }).GetAttribute("title"));
        Assert.Equal("running", Chip(Run("r") with { Status = CanaryRun.Running }).TextContent.Trim());
        Assert.Equal("not compared", Chip(Run("r") with { Score = 1 }).TextContent.Trim());
        Assert.Contains("became the baseline", Chip(Run("r") with { Score = 1 }).GetAttribute("title"));
        Assert.Contains("No item could be scored", Chip(Run("r") with { Score = null }).GetAttribute("title"));
        Assert.Equal("never run", Chip(null).TextContent.Trim());
    }
}
