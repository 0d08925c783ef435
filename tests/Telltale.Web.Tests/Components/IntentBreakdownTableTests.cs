using Bunit;
using Telltale.Core.Intents;
using Telltale.Core.Querying;
using Telltale.Web.Components.Shared;

namespace Telltale.Web.Tests.Components;

public sealed class IntentBreakdownTableTests : DashboardTestContext
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    private static IntentBreakdown Breakdown() => new(new TimeRange(Now.AddDays(-1), Now), "support-bot", 1000,
    [
        new IntentBreakdownRow
        {
            Intent = "billing", Traces = 870, Share = 0.87, Errors = 9, ErrorRate = 0.0103, LatencyP95Ms = 2450, CostUsd = 8.7m,
            CostPerTraceUsd = 0.01m, Thumbs = 40, ThumbsUpRate = 0.95, CsatResponses = 10, MeanCsat = 4.5,
            Scores = new Dictionary<string, ScoreMean> { ["groundedness"] = new(100, 0.91), ["refusal"] = new(100, 0.02) },
        },
        new IntentBreakdownRow
        {
            Intent = "disputes", Traces = 100, Share = 0.1, ErrorRate = 0, LatencyP95Ms = 3100, CostPerTraceUsd = 0.02m,
            Thumbs = 20, ThumbsUpRate = 0.65, Scores = new Dictionary<string, ScoreMean> { ["groundedness"] = new(20, 0.7) },
        },
        new IntentBreakdownRow { Intent = null, Traces = 30, Share = 0.03 },
    ]);

    [Fact]
    public void Each_intent_is_a_row_with_its_figures_and_a_column_per_score()
    {
        var cut = Render<IntentBreakdownTable>(p => p.Add(c => c.Breakdown, Breakdown()));

        Assert.Equal(["billing", "disputes", "(not tagged)"], cut.FindAll("[data-testid=intent-name]").Select(c => c.TextContent));
        Assert.Equal(["870", "100", "30"], cut.FindAll("[data-testid=intent-traces]").Select(c => c.TextContent));
        Assert.Equal("87.0 %", cut.FindAll("[data-testid=intent-share]")[0].TextContent);
        Assert.Equal("1.0 %", cut.FindAll("[data-testid=intent-error-rate]")[0].TextContent);
        Assert.Equal("2.45 s", cut.FindAll("[data-testid=intent-p95]")[0].TextContent);
        Assert.Equal("$0.02", cut.FindAll("[data-testid=intent-cost-per-trace]")[1].TextContent);
        Assert.Equal(["95.0 %", "65.0 %", "–"], cut.FindAll("[data-testid=intent-thumbs-up]").Select(c => c.TextContent));
        Assert.Equal("4.50", cut.FindAll("[data-testid=intent-csat]")[0].TextContent);
        Assert.Equal(["0.91", "0.70", "–"], cut.FindAll("[data-testid=intent-score-groundedness]").Select(c => c.TextContent));
        Assert.Equal(["0.02", "–", "–"], cut.FindAll("[data-testid=intent-score-refusal]").Select(c => c.TextContent));
    }
}
