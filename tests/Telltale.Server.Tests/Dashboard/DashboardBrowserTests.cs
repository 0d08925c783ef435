using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Telltale.Server.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Telltale.Server.Tests.Dashboard;

/// <summary>The dashboard in a real browser against the real server, seeded through OTLP (see <see cref="DashboardSeed"/>).</summary>
[Collection(DashboardCollection.Name)]
public sealed class DashboardBrowserTests(DashboardFixture fixture)
{
    [Fact]
    public async Task Sign_in_refuses_a_wrong_password_accepts_the_right_one_and_signs_out()
    {
        var page = await fixture.Browser.NewPageAsync();
        await page.GotoAsync(fixture.Url("/"));
        Assert.Contains("/login", page.Url); // not signed in: sent to the sign-in page

        await page.FillAsync("#username", TelltaleTestServer.AdminUser);
        await page.FillAsync("#password", "not-the-password");
        await page.ClickAsync("button[type=submit]");
        await Expect(page.GetByTestId("login-error")).ToBeVisibleAsync();
        await BrowserSession.ScreenshotAsync(page, "sign-in-refused");

        await page.FillAsync("#username", TelltaleTestServer.AdminUser);
        await page.FillAsync("#password", TelltaleTestServer.AdminPassword);
        await page.ClickAsync("button[type=submit]");
        await DashboardFixture.WaitInteractiveAsync(page);
        await Expect(page.GetByTestId("signed-in-user")).ToHaveTextAsync(TelltaleTestServer.AdminUser);

        await page.GetByTestId("sign-out").ClickAsync();
        await page.WaitForURLAsync(new Regex("/login"));
        await page.GotoAsync(fixture.Url("/traces"));
        Assert.Contains("/login", page.Url);
    }

    [Fact]
    public async Task Overview_shows_each_seeded_system_with_its_figures_and_a_drawn_sparkline()
    {
        var page = await fixture.SignedInPageAsync();
        var assistant = page.Locator($"[data-testid=system-card][data-system={DashboardSeed.Assistant}]");
        var summarizer = page.Locator($"[data-testid=system-card][data-system={DashboardSeed.Summarizer}]");

        await Expect(assistant.GetByTestId("requests")).ToHaveTextAsync(DashboardSeed.AssistantRequests.ToString());
        await Expect(assistant.GetByTestId("error-rate")).ToHaveTextAsync("20.0 %"); // 2 failed of 10
        await Expect(summarizer.GetByTestId("requests")).ToHaveTextAsync(DashboardSeed.SummarizerRequests.ToString());
        await Expect(summarizer.GetByTestId("error-rate")).ToHaveTextAsync("0.0 %");
        await Expect(assistant.GetByTestId("maturity")).ToContainTextAsync("basic"); // traffic only: no evaluation or feedback yet
        await Expect(summarizer.GetByTestId("cost-today")).Not.ToHaveTextAsync("$0");

        // Plotly drew the sparkline: SVG paths for the request line and, as this system had failures, the error line.
        await Expect(assistant.Locator("[data-testid=sparkline] .scatterlayer path.js-line"))
            .ToHaveCountAsync(2, new LocatorAssertionsToHaveCountOptions { Timeout = 20_000 });
        await BrowserSession.ScreenshotAsync(page, "overview");
    }

    [Fact]
    public async Task Quality_scores_and_user_feedback_raise_a_system_to_functional_monitoring_on_the_open_overview()
    {
        const string system = "graded-system";
        var traceId = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        await DashboardSeed.PostAsync(fixture.Telltale, OtlpRequests.Traces(system, OtlpRequests.ChatSpan(traceId)));
        var page = await fixture.SignedInPageAsync();
        var card = page.Locator($"[data-testid=system-card][data-system={system}]");
        await Expect(card.GetByTestId("maturity")).ToContainTextAsync("basic");

        foreach (var (kind, value) in new[] { ("thumbs", "1"), ("thumbs", "1"), ("thumbs", "-1") })
            await PostJsonAsync("/api/v1/feedback", $$"""{"traceId":"{{traceId}}","kind":"{{kind}}","value":{{value}}}""");
        await PostJsonAsync("/api/v1/scores", $$"""{"traceId":"{{traceId}}","name":"helpfulness","dataType":"numeric","value":0.8,"system":"{{system}}"}""");

        // The open page refreshes itself: no reload.
        var live = new LocatorAssertionsToContainTextOptions { Timeout = 15_000 };
        await Expect(card.GetByTestId("maturity")).ToContainTextAsync("functional", live);
        await Expect(card.GetByTestId("quality")).ToContainTextAsync("0.80", live);
        await Expect(card.GetByTestId("thumbs-up")).ToContainTextAsync("67 %", live);
        await BrowserSession.ScreenshotAsync(page, "overview-functional");
    }

    private async Task PostJsonAsync(string path, string json)
    {
        var response = await fixture.Telltale.Client.PostAsync(path, OtlpRequests.Json(json));
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task System_page_charts_have_data_points_and_the_breakdown_lists_the_model()
    {
        var page = await fixture.SignedInPageAsync($"/systems/{DashboardSeed.Assistant}?range=24h");
        var requests = page.Locator("[data-testid=chart][data-chart='Requests and errors']");
        await Expect(requests).ToBeVisibleAsync();
        // Markers of the request line, drawn by Plotly (its script is large: allow it time to load).
        var points = requests.Locator(".scatterlayer .trace").First.Locator("path.point");
        await Expect(points.First).ToBeAttachedAsync(new LocatorAssertionsToBeAttachedOptions { Timeout = 20_000 });
        Assert.Equal(int.Parse((await requests.GetAttributeAsync("data-points"))!) / 2, await points.CountAsync()); // requests line = half the points

        await Expect(page.GetByTestId("breakdown")).ToContainTextAsync("gpt-4o-mini");
        await BrowserSession.ScreenshotAsync(page, "system-page");
    }

    [Fact]
    public async Task Trace_list_filters_by_status_and_keeps_the_filter_in_the_url()
    {
        var page = await fixture.SignedInPageAsync($"/traces?system={DashboardSeed.Assistant}");
        await Expect(page.GetByTestId("trace-link")).ToHaveCountAsync(DashboardSeed.AssistantRequests);

        await page.GetByTestId("filter-status").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasText = "error" }).ClickAsync();
        await page.GetByTestId("apply-filters").ClickAsync();

        await Expect(page.GetByTestId("trace-link")).ToHaveCountAsync(DashboardSeed.AssistantErrors);
        Assert.Contains("status=error", page.Url);
        Assert.Contains($"system={DashboardSeed.Assistant}", page.Url);
        await BrowserSession.ScreenshotAsync(page, "trace-list-filtered");

        // The URL alone reproduces the view (sharing a link).
        var shared = await fixture.SignedInPageAsync(new Uri(page.Url).PathAndQuery);
        await Expect(shared.GetByTestId("trace-link")).ToHaveCountAsync(DashboardSeed.AssistantErrors);
    }

    [Fact]
    public async Task Trace_page_draws_the_span_tree_and_the_llm_span_shows_its_messages_and_documents()
    {
        var page = await fixture.SignedInPageAsync($"/traces?system={DashboardSeed.Assistant}&status=ok");
        await page.GetByTestId("trace-link").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/traces/[0-9a-f]{32}"));

        var rows = page.GetByTestId("span-row");
        await Expect(rows).ToHaveCountAsync(3);
        await Expect(rows.Nth(0)).ToHaveAttributeAsync("data-kind", "agent");

        await page.Locator("[data-testid=span-row][data-kind=llm]").ClickAsync();
        var detail = page.GetByTestId("span-detail");
        await Expect(detail.Locator("[data-testid=message][data-role=user]")).ToContainTextAsync("How do I reset my password");
        await Expect(detail.Locator("[data-testid=message][data-role=assistant]")).ToContainTextAsync("Open Settings");
        await Expect(detail.GetByTestId("span-figures")).ToContainTextAsync("420 / 60");
        await BrowserSession.ScreenshotAsync(page, "trace-llm-span");

        await page.Locator("[data-testid=span-row][data-kind=retrieval]").ClickAsync();
        await page.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { Name = "Documents (2)" }).ClickAsync();
        await Expect(page.GetByTestId("document")).ToHaveCountAsync(2);
        await Expect(page.GetByTestId("document").First).ToContainTextAsync("kb-100");
    }

    [Fact]
    public async Task A_failed_trace_is_highlighted_in_the_waterfall()
    {
        var page = await fixture.SignedInPageAsync($"/traces?system={DashboardSeed.Assistant}&status=error");
        await page.GetByTestId("trace-link").First.ClickAsync();
        await Expect(page.Locator("[data-testid=span-row][data-status=error]")).ToHaveCountAsync(2); // the chat call and the root
        await Expect(page.Locator(".waterfall-bar.error")).ToHaveCountAsync(2);
        await page.Locator("[data-testid=span-row][data-kind=llm]").ClickAsync();
        await Expect(page.GetByTestId("span-error")).ToContainTextAsync("upstream timeout");
        await BrowserSession.ScreenshotAsync(page, "trace-error");
    }

    [Fact]
    public async Task Following_a_session_reads_as_a_conversation()
    {
        var page = await fixture.SignedInPageAsync($"/traces?session={DashboardSeed.SessionA}");
        await page.GetByTestId("session-link").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/sessions/{DashboardSeed.SessionA}"));

        var turns = page.GetByTestId("turn");
        await Expect(turns).ToHaveCountAsync(DashboardSeed.AssistantRequests / 2); // even-numbered requests are session A
        await BrowserSession.ScreenshotAsync(page, "session");
        await Expect(turns.First.Locator("[data-role=user]")).ToContainTextAsync("case 0");
        await Expect(turns.First.Locator("[data-role=assistant]")).ToContainTextAsync("answer 0");
        await BrowserSession.ScreenshotAsync(page, "session");
    }

    [Fact]
    public async Task The_theme_switches_to_dark_and_stays_dark_on_the_next_page()
    {
        var page = await fixture.SignedInPageAsync();
        Assert.True(await BackgroundLuminanceAsync(page) > 0.8, "the default theme is light");

        await page.GetByTestId("theme-toggle").ClickAsync();
        await page.Locator("[data-testid=circuit][data-theme=dark][data-interactive=yes]").WaitForAsync(
            new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });
        await Expect(page.GetByTestId("system-card").First).ToBeVisibleAsync();
        await BrowserSession.ScreenshotAsync(page, "overview-dark");
        Assert.True(await BackgroundLuminanceAsync(page) < 0.3, "dark after the switch");

        await page.GotoAsync(fixture.Url("/traces"));
        Assert.True(await BackgroundLuminanceAsync(page) < 0.3, "the choice is remembered");
    }

    /// <summary>Relative luminance (0 black … 1 white) of the page background as the browser computed it.</summary>
    private static async Task<double> BackgroundLuminanceAsync(Microsoft.Playwright.IPage page)
    {
        var rgb = await page.EvaluateAsync<double[]>(
            "() => getComputedStyle(document.body).backgroundColor.match(/\\d+(\\.\\d+)?/g).slice(0, 3).map(Number)");
        return (0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]) / 255;
    }

    [Fact]
    public async Task A_new_trace_appears_in_the_open_trace_list_without_a_reload()
    {
        const string system = "live-system";
        var page = await fixture.SignedInPageAsync($"/traces?system={system}");
        await Expect(page.GetByTestId("no-traces")).ToBeVisibleAsync();

        await DashboardSeed.PostAsync(fixture.Telltale, OtlpRequests.Traces(system, OtlpRequests.ChatSpan(userText: "live one")));
        await Expect(page.GetByTestId("trace-link")).ToHaveCountAsync(1, new LocatorAssertionsToHaveCountOptions { Timeout = 15_000 });
        await BrowserSession.ScreenshotAsync(page, "live-trace");
    }

    [Fact]
    public async Task Api_keys_are_created_with_a_scope_shown_once_and_revoked()
    {
        var page = await fixture.SignedInPageAsync("/settings/keys");
        await page.GetByLabel("Key name").FillAsync("browser-feedback");
        await page.GetByTestId("key-scope").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasText = "feedback" }).First.ClickAsync();
        await page.GetByTestId("create-key").ClickAsync();

        var secret = (await page.GetByTestId("new-key-secret").TextContentAsync())!.Trim();
        Assert.StartsWith("tt_", secret);
        await BrowserSession.ScreenshotAsync(page, "api-key-created");

        // The new key works for its scope only: it may not read traces.
        using var client = fixture.Telltale.CreateClient(secret);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/traces")).StatusCode);

        var row = page.Locator("[data-testid=key-table] tr").Filter(new LocatorFilterOptions { HasText = "browser-feedback" });
        await row.GetByTestId("revoke-key").ClickAsync();
        await Expect(row.GetByTestId("key-status")).ToContainTextAsync("revoked");
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/traces")).StatusCode);
    }

    [Fact]
    public async Task A_new_project_is_created_switched_to_and_starts_empty()
    {
        var page = await fixture.SignedInPageAsync("/settings/keys");
        await page.GetByLabel("New project name").FillAsync("staging-bots");
        await page.GetByTestId("create-project").ClickAsync();
        await page.Locator("[data-testid=circuit][data-interactive=yes]").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });
        await Expect(page.GetByTestId("project-switcher")).ToContainTextAsync("staging-bots");
        await Expect(page.GetByTestId("key-status")).ToHaveCountAsync(0); // no keys yet in the new project

        await page.GotoAsync(fixture.Url("/"));
        await Expect(page.GetByTestId("no-systems")).ToBeVisibleAsync(); // the seeded systems belong to the other project
        await BrowserSession.ScreenshotAsync(page, "new-project");

        // Switch back through the switcher.
        await DashboardFixture.WaitInteractiveAsync(page);
        await page.GetByTestId("project-switcher").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "default" }).ClickAsync();
        await Expect(page.Locator($"[data-testid=system-card][data-system={DashboardSeed.Assistant}]")).ToBeVisibleAsync();
    }
}
