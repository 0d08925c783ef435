using Telltale.Server.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Telltale.Server.Tests.Dashboard;

/// <summary>Alerting from the dashboard: a rule written in the rule editor fires on the seeded traffic, its alert
/// shows its context, and its incident is acknowledged with a note and resolved from the incident page.</summary>
[Collection(DashboardCollection.Name)]
public sealed class AlertingDashboardTests(DashboardFixture fixture)
{
    [Fact]
    public async Task A_rule_created_in_the_editor_fires_and_its_incident_is_acknowledged_and_resolved()
    {
        // A webhook channel added in the dashboard receives the alert; the delivery log shows it. The channel comes
        // before the rule: the scheduled alerting round can fire the rule as soon as it is saved, and an alert fired
        // with no channel is not sent again when the channel appears.
        await using var receiver = await RecordingReceiver.StartAsync();
        var page = await fixture.SignedInPageAsync("/alerts/notifications");
        await page.GetByTestId("add-channel").ClickAsync();
        await page.Locator(".mud-popover-open .mud-menu-item, .mud-popover-open .mud-list-item").Filter(new() { HasText = "webhook" }).First.ClickAsync();
        await page.GetByLabel("Channel (JSON)").FillAsync(
            $$"""{ "name": "ops hook", "type": "webhook", "url": "{{receiver.Url("/ops")}}", "match": { "system": "support-assistant" }, "groupBy": ["system"] }""");
        await page.GetByTestId("json-save").ClickAsync();
        await Expect(page.GetByTestId("channel-name")).ToHaveTextAsync("ops hook");

        await page.GotoAsync(fixture.Url("/alerts/rules"));
        await DashboardFixture.WaitInteractiveAsync(page);
        await page.GetByTestId("new-rule").ClickAsync();
        await page.GetByLabel("Rule (JSON)").FillAsync("""
            { "name": "Assistant failing", "metric": "errorRate", "filters": { "system": ["support-assistant"] },
              "window": "2h", "condition": { "type": "static", "direction": "up", "threshold": 0.1 },
              "minSamples": 5, "severity": "critical", "runbookMarkdown": "Check the upstream timeouts." }
            """);
        await page.GetByTestId("json-save").ClickAsync();
        await Expect(page.GetByTestId("rule-name").Filter(new() { HasText = "Assistant failing" })).ToHaveCountAsync(1);

        // A rule the validator refuses says why and is not saved.
        await page.GetByTestId("new-rule").ClickAsync();
        await page.GetByLabel("Rule (JSON)").FillAsync("""{ "name": "broken", "metric": "nonsense", "window": "5m", "condition": { "type": "static", "direction": "up", "threshold": 1 } }""");
        await page.GetByTestId("json-save").ClickAsync();
        await Expect(page.GetByTestId("json-error").First).ToContainTextAsync("nonsense");
        await BrowserSession.ScreenshotAsync(page, "alert-rules");

        var evaluated = await fixture.Telltale.Client.PostAsync("/api/v1/alert-rules/evaluate", null);
        Assert.True(evaluated.IsSuccessStatusCode, await evaluated.Content.ReadAsStringAsync());

        await page.GotoAsync(fixture.Url("/alerts"));
        var alert = page.Locator("[data-testid=alert-table] tr").Filter(new() { HasText = "Assistant failing" });
        await Expect(alert.GetByTestId("alert-context")).ToContainTextAsync("errorRate is 0.2 over the last 2h");
        await Expect(alert).ToContainTextAsync("Check the upstream timeouts.");
        await BrowserSession.ScreenshotAsync(page, "alerts");
        Assert.Contains("Assistant failing", Assert.Single(receiver.At("/ops")).Body);
        await page.GotoAsync(fixture.Url("/alerts/notifications"));
        await Expect(page.GetByTestId("delivery-status").First).ToHaveTextAsync("delivered");
        await BrowserSession.ScreenshotAsync(page, "notifications");

        // The list is clicked once the circuit is up (a click during start-up can be lost), and the incident page is
        // known by its URL and its note field, not by a status chip the list shows too.
        await page.GotoAsync(fixture.Url("/incidents"));
        await DashboardFixture.WaitInteractiveAsync(page);
        await page.GetByTestId("incident-link").Filter(new() { HasText = "Assistant failing" }).First.ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/incidents/[^/]+$"));
        await DashboardFixture.WaitInteractiveAsync(page);
        await Expect(page.GetByTestId("incident-status")).ToHaveTextAsync("open");

        await page.GetByLabel("Note").FillAsync("Looking at the provider's status page");
        await page.GetByTestId("acknowledge").ClickAsync();
        await Expect(page.GetByTestId("incident-status")).ToHaveTextAsync("acknowledged");
        await Expect(page.Locator("[data-testid=timeline-entry][data-kind=acknowledged]"))
            .ToContainTextAsync($"by {TelltaleTestServer.AdminUser}");
        await Expect(page.GetByTestId("timeline")).ToContainTextAsync("Looking at the provider's status page");

        await page.GetByTestId("resolve").ClickAsync();
        await Expect(page.GetByTestId("incident-status")).ToHaveTextAsync("resolved");
        await BrowserSession.ScreenshotAsync(page, "incident-resolved");
    }
}
