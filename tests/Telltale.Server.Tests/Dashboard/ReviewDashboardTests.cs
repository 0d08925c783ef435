using System.Net;
using System.Text.RegularExpressions;
using Telltale.Core.Review;
using Telltale.Core.Scores;
using Telltale.Server.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static Telltale.Server.Tests.Review.ReviewTraffic;

namespace Telltale.Server.Tests.Dashboard;

/// <summary>A reviewer works through the queue in the dashboard: the trace's conversation and documents, a form
/// generated from the score configs, Submit and on to the next item, and the agreement table.</summary>
[Collection(DashboardCollection.Name)]
public sealed class ReviewDashboardTests(DashboardFixture fixture)
{
    // A system of its own, with scores posted as an evaluator would: the fixture keeps the online evaluators off so
    // that the other pages' figures follow from the seed alone.
    private const string System = "reviewed-assistant";
    private static readonly string First = TraceId(0xd1, 0);
    private static readonly string Second = TraceId(0xd1, 1);

    [Fact]
    public async Task A_reviewer_annotates_a_sampled_trace_with_the_generated_form_and_sees_the_agreement()
    {
        var telltale = fixture.Telltale;
        // Older than the sampler's default lag (5 minutes), which the fixture keeps. Not held inside the current week:
        // just after Monday midnight the two turns may fall in last week, which the sampler still fills (2 of 75).
        var start = DateTimeOffset.UtcNow.AddMinutes(-10);
        await SendAsync(telltale, System, RagTurn(First, $"{Supported} {Unsupported}", start).Concat(RagTurn(Second, Supported, start.AddSeconds(5))));
        foreach (var (trace, name, value) in new[] { (First, "groundedness", 0.5), (First, "refusal", 0.0), (Second, "groundedness", 1.0) })
            await SendJsonAsync(telltale, HttpMethod.Post, "/api/v1/scores", new { traceId = trace, name, value, source = "evaluator", system = System },
                HttpStatusCode.Created);
        await SendJsonAsync(telltale, HttpMethod.Post, "/api/v1/score-configs",
            new { name = "ui_accuracy", dataType = "numeric", min = 1, max = 5, evaluator = "groundedness" }, HttpStatusCode.Created);
        await SendJsonAsync(telltale, HttpMethod.Post, "/api/v1/score-configs",
            new { name = "ui_refused", dataType = "boolean", evaluator = "refusal" }, HttpStatusCode.Created);
        await SendJsonAsync(telltale, HttpMethod.Post, "/api/v1/score-configs",
            new { name = "ui_tone", dataType = "categorical", categories = new[] { "polite", "curt" } }, HttpStatusCode.Created);
        await SendJsonAsync(telltale, HttpMethod.Put, "/api/v1/review-queue/rule",
            new { systems = new[] { System }, pacing = "immediate", scoreConfigs = new[] { "ui_accuracy", "ui_refused", "ui_tone" } });
        Assert.Equal(2, await SampleAsync(telltale));
        var first = (await telltale.GetAsync<List<ReviewItem>>("/api/v1/review-queue?limit=1000")).Single(i => i.TraceId == First);

        var page = await fixture.SignedInPageAsync("/review");
        await page.Locator($"[data-testid=review-link][data-trace='{First}']").ClickAsync();
        await page.WaitForURLAsync($"**/review/{first.Id}");
        await DashboardFixture.WaitInteractiveAsync(page);

        // The turn as the user had it, and what the answer was grounded on.
        await Expect(page.GetByTestId("review-conversation")).ToContainTextAsync("Can you help me with my order?");
        await Expect(page.GetByTestId("review-conversation")).ToContainTextAsync(Unsupported);
        await Expect(page.GetByTestId("review-documents").GetByTestId("document")).ToContainTextAsync("kb-7");
        await page.GetByTestId("automated-scores").GetByText("Automated scores").ClickAsync();
        await Expect(page.Locator("[data-testid=score-row][data-name=groundedness]")).ToContainTextAsync("0.50");

        // One control per config: a number, a switch, a select; and the comment.
        await page.GetByLabel("ui_accuracy", new() { Exact = true }).FillAsync("4");
        await page.GetByText("ui_refused: no").ClickAsync();
        await Expect(page.GetByText("ui_refused: yes")).ToBeVisibleAsync();
        await page.Locator("[data-testid=score-field][data-config=ui_tone] .mud-select").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "polite" }).ClickAsync();
        await page.GetByLabel("Comment").FillAsync("The second sentence is invented.");
        await BrowserSession.ScreenshotAsync(page, "review-item");
        await page.GetByTestId("submit-annotation").ClickAsync();

        // On to the next pending item.
        await page.WaitForURLAsync(new Regex($"/review/(?!{first.Id})[0-9a-f]+$"));
        var done = (await telltale.GetAsync<List<ReviewItem>>("/api/v1/review-queue?status=done&limit=1000")).Single(i => i.TraceId == First);
        Assert.Equal(TelltaleTestServer.AdminUser, done.CompletedBy);
        var scores = (await telltale.GetAsync<List<ScoreRecord>>($"/api/v1/scores?range=1h&traceId={First}"))
            .Where(s => s.Source == ScoreSources.Annotation).ToDictionary(s => s.Name);
        Assert.Equal(4, scores["ui_accuracy"].NumericValue);
        Assert.Equal("true", scores["ui_refused"].StringValue);
        Assert.Equal("polite", scores["ui_tone"].StringValue);
        Assert.Equal("The second sentence is invented.", scores["ui_tone"].Comment);

        // Accuracy 4 of 1..5 is 0.75 against groundedness 0.5; the reviewer said refused where the evaluator did not.
        await page.GotoAsync(fixture.Url("/review"));
        var accuracy = page.Locator("[data-testid=agreement-table] tr").Filter(new() { HasText = "ui_accuracy" });
        await Expect(accuracy.GetByTestId("agreement-pairs")).ToHaveTextAsync("1");
        await Expect(accuracy.GetByTestId("agreement-mad")).ToHaveTextAsync("0.25");
        var refused = page.Locator("[data-testid=agreement-table] tr").Filter(new() { HasText = "ui_refused" });
        await Expect(refused.GetByTestId("agreement-percent")).ToHaveTextAsync("0.0 %");
        await Expect(page.Locator($"[data-testid=review-link][data-trace='{First}']")).ToHaveCountAsync(0);
        await BrowserSession.ScreenshotAsync(page, "review-queue");
    }
}
