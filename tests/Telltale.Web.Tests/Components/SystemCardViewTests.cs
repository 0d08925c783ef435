using Bunit;
using Telltale.Core.Dashboard;
using Telltale.Web.Components.Shared;

namespace Telltale.Web.Tests.Components;

public sealed class SystemCardViewTests : DashboardTestContext
{
    private static SystemCard Card(string health = "ok", int firing = 0) => new()
    {
        Name = "support-bot",
        Environments = ["production"],
        Health = health,
        FiringAlerts = firing,
        Requests = 12_345,
        ErrorRate = 0.062,
        P95LatencyMs = 2_450,
        CostToday = 30m,
        CostDailyAverage7d = 20m,
        QualityScore = 0.8712,
        QualityScoreCount = 40,
        RequestSparkline = Enumerable.Repeat(10L, 24).ToList(),
        Maturity = Maturity.Assess(operational: true, qualityEvaluated: true, userSignals: false, drift: false, intents: false),
    };

    [Fact]
    public void Figures_are_formatted_and_those_past_their_threshold_are_flagged()
    {
        var cut = Render<SystemCardView>(p => p.Add(c => c.Card, Card()));

        Assert.Equal("12k", cut.Find("[data-testid=requests]").TextContent);
        Assert.Equal("6.2 %", cut.Find("[data-testid=error-rate]").TextContent);
        Assert.Contains("mud-error-text", cut.Find("[data-testid=error-rate]").ClassList); // over 5 %
        Assert.Equal("2.45 s", cut.Find("[data-testid=p95]").TextContent);
        Assert.Equal("$30.00", cut.Find("[data-testid=cost-today]").TextContent);
        Assert.Contains("+50% vs 7-day avg", cut.Markup);
        Assert.Contains("mud-error-text", cut.Find("[data-testid=cost-today]").ClassList); // 50 % over the average
        Assert.Equal("0.87", cut.Find("[data-testid=quality]").TextContent);
        Assert.Contains("Monitoring: functional", cut.Find("[data-testid=maturity]").TextContent);
        Assert.Equal("/systems/support-bot", cut.Find("[data-testid=system-link]").GetAttribute("href"));
    }

    [Fact]
    public void Health_names_the_firing_alerts_in_words_not_only_colour()
    {
        Assert.Contains("Healthy", Render<SystemCardView>(p => p.Add(c => c.Card, Card())).Find("[data-testid=health]").TextContent);
        Assert.Contains("2 firing (critical)",
            Render<SystemCardView>(p => p.Add(c => c.Card, Card("critical", 2))).Find("[data-testid=health]").TextContent);
    }
}
