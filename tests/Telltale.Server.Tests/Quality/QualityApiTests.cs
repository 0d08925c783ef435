using System.Net.Http.Json;
using Telltale.Core.Quality;
using Telltale.Server.Tests.Infrastructure;

namespace Telltale.Server.Tests.Quality;

public class QualityApiTests
{
    private sealed record Report(DateTimeOffset From, DateTimeOffset To, double StepSeconds, List<QualitySeries> Series);

    [Fact]
    public async Task Scores_and_feedback_come_back_as_series_per_step_under_their_rule_names()
    {
        await using var telltale = await TelltaleTestServer.StartAsync();
        var hour = new DateTimeOffset(DateTimeOffset.UtcNow.Year, DateTimeOffset.UtcNow.Month, DateTimeOffset.UtcNow.Day, 0, 0, 0, TimeSpan.Zero).AddDays(-1);
        const string trace = "0af7651916cd43dd8448eb211c80319c";
        foreach (var (minutes, value) in new[] { (10, 1.0), (20, 0.0), (70, 0.0), (80, 0.0) })
            await QualityScenario.Ok(telltale.Client.PostAsJsonAsync("/api/v1/scores",
                new { name = "refusal", value, traceId = trace, system = "bot", time = hour.AddMinutes(minutes) }));
        foreach (var (minutes, up) in new[] { (5, 1), (15, 1), (25, 0), (65, 1) })
            await QualityScenario.Ok(telltale.Client.PostAsJsonAsync("/api/v1/feedback",
                new { kind = "thumbs", value = up, sessionId = "s1", system = "bot", time = hour.AddMinutes(minutes) }));
        await QualityScenario.Ok(telltale.Client.PostAsJsonAsync("/api/v1/scores",
            new { name = "refusal", value = 1.0, traceId = trace, system = "other", time = hour.AddMinutes(10) }));

        var report = await telltale.GetAsync<Report>($"/api/v1/quality?system=bot&from={hour.ToUnixTimeMilliseconds()}&to={hour.AddHours(2).ToUnixTimeMilliseconds()}&step=1h");

        var refusal = Assert.Single(report.Series, s => s.Metric == "score.refusal");
        Assert.Equal(QualitySeries.Scores, refusal.Source);
        Assert.Equal([(hour, 2L, 0.5), (hour.AddHours(1), 2L, 0.0)], refusal.Points.Select(p => (p.Time, p.Count, p.Value!.Value)));
        var thumbs = Assert.Single(report.Series, s => s.Metric == "thumbsUpRate");
        Assert.Equal([(3L, 2.0 / 3), (1L, 1.0)], thumbs.Points.Select(p => (p.Count, p.Value!.Value)));
        Assert.DoesNotContain(report.Series, s => s.Metric == "csat"); // no responses, no series
        Assert.Equal(3600, report.StepSeconds);
    }
}
