using Telltale.Core.Evaluation.Canary;
using Telltale.Web.Services;
using static Telltale.Web.Tests.CanaryFixtures;

namespace Telltale.Web.Tests.Services;

public sealed class CanaryRunChartTests
{
    [Fact]
    public void Scores_run_oldest_first_with_the_baseline_as_its_own_point_and_model_change_runs_as_markers()
    {
        var start = Run("x").StartedAt;
        var runs = new[] // newest first, as the store lists them
        {
            Run("r3") with { StartedAt = start.AddHours(3), Score = 0.8, Trigger = CanaryTriggers.ModelChange, TriggerDetail = "gpt-4o-mini-2025-04-14" },
            Run("r2") with { StartedAt = start.AddHours(2), Status = CanaryRun.Failed },
            Run("r1") with { StartedAt = start.AddHours(1), Score = 1.0 },
        };

        var chart = CanaryRunChart.For(runs, baselineRunId: "r1");

        var score = chart.Lines.Single(l => l.Name == "score");
        Assert.Equal([start.AddHours(1), start.AddHours(3)], score.X); // the failed run has no score to draw
        Assert.Equal([1.0, 0.8], score.Y);
        Assert.Equal([1.0, null], chart.Lines.Single(l => l.Name == "baseline run").Y);
        var marker = Assert.Single(chart.Markers);
        Assert.Equal(start.AddHours(3), marker.Time);
        Assert.Contains("gpt-4o-mini-2025-04-14", marker.Title);
    }
}
