using System.Net.Http.Json;
using static Microsoft.Playwright.Assertions;

namespace Telltale.Server.Tests.Dashboard;

/// <summary>The system page's intent breakdown, once the seeded conversations are tagged.</summary>
[Collection(DashboardCollection.Name)]
public sealed class IntentDashboardTests(DashboardFixture fixture)
{
    [Fact]
    public async Task The_system_page_breaks_the_seeded_conversations_down_by_intent()
    {
        var configured = await fixture.Telltale.Client.PutAsJsonAsync("/api/v1/intents", new
        {
            intents = new object[]
            {
                new { name = "password-reset", examples = new[] { "I forgot my password", "How can I reset my password?", "The reset link does not work" } },
                new { name = "billing", examples = new[] { "Why was I charged twice?", "I need an invoice", "My card payment failed" } },
                new { name = "shipping", examples = new[] { "Where is my parcel?", "My order is late", "Can I change the delivery address?" } },
            },
        });
        Assert.True(configured.IsSuccessStatusCode, await configured.Content.ReadAsStringAsync());
        Assert.True((await fixture.Telltale.Client.PostAsync("/api/v1/intents/tag", null)).IsSuccessStatusCode);

        var page = await fixture.SignedInPageAsync($"/systems/{DashboardSeed.Assistant}?range=24h");
        var row = page.GetByTestId("intent-breakdown").Locator("tr").Filter(new() { HasText = "password-reset" });
        await Expect(row.GetByTestId("intent-traces")).ToHaveTextAsync(DashboardSeed.AssistantRequests.ToString());
        await Expect(row.GetByTestId("intent-share")).ToHaveTextAsync("100.0 %");
        await Expect(row.GetByTestId("intent-error-rate")).ToHaveTextAsync("20.0 %"); // 2 of the 10 requests failed
        await BrowserSession.ScreenshotAsync(page, "system-page-intents");
    }
}
