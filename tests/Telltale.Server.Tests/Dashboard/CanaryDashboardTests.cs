using System.Net.Http.Json;
using System.Text;
using Microsoft.Playwright;
using Telltale.Core.Evaluation.Canary;
using Telltale.Core.Serialization;
using Telltale.Server.Tests.Infrastructure;
using Telltale.Server.Tests.Infrastructure.OpenAi;
using Telltale.Server.Tests.Quality;
using Telltale.Web.Services;
using static Microsoft.Playwright.Assertions;
using static Telltale.Server.Tests.Quality.QualityScenario;

namespace Telltale.Server.Tests.Dashboard;

/// <summary>A canary regresses after a silent vendor update and the team reads it in the dashboard: the verdict on the
/// list, the per-scorer comparison, the items that got worse beside their baseline answers, a run started from the
/// page, a new baseline pinned; and the dataset behind it, with a file imported into it.</summary>
[Collection(DashboardCollection.Name)]
public sealed class CanaryDashboardTests(DashboardFixture fixture)
{
    // A system and names of its own: the other dashboard tests' figures follow from their seed alone.
    private const string GuardedSystem = "canaried-assistant";
    private const string Canary = "ui-golden";
    private const string Dataset = "ui-questions";

    /// <summary>Enough paired items for the bootstrap to call a 20 % drop significant, few enough for a quick run.</summary>
    private static readonly IReadOnlyList<SupportKnowledge.Fact> Facts = SupportKnowledge.All.Take(20).ToList();

    /// <summary>A run takes forty model calls and the alert rules after them, on a shared 2-core machine.</summary>
    private static readonly LocatorAssertionsToHaveCountOptions RunFinishes = new() { Timeout = 120_000 };

    [Fact]
    public async Task A_regressed_canary_shows_its_comparison_and_worse_items_runs_from_the_page_and_takes_a_new_baseline()
    {
        await using var model = await QualityStandIn.StartAsync();
        await SeedAsync(model);
        var first = await RunAsync();
        model.Behaviour = AssistantBehaviour.VendorUpdate;
        var regressed = await RunAsync();
        Assert.True(regressed.Comparison!.Regressed, regressed.Comparison.Verdict);

        // The list: the newest run's verdict in words.
        var page = await fixture.SignedInPageAsync("/canaries");
        var listed = page.Locator("[data-testid=canary-table] tr").Filter(new() { HasText = Canary });
        await Expect(listed.GetByTestId("canary-verdict")).ToHaveAttributeAsync("data-verdict", nameof(CanaryOutcome.Regressed));
        await Expect(listed.GetByTestId("canary-last-score")).ToHaveTextAsync("0.80");
        await Expect(listed.GetByTestId("canary-baseline")).ToHaveTextAsync(first.Id);
        await BrowserSession.ScreenshotAsync(page, "canaries");
        await listed.GetByTestId("canary-link").ClickAsync();
        await page.WaitForURLAsync($"**/canaries/{Canary}");
        await DashboardFixture.WaitInteractiveAsync(page);

        // The canary: the latest run against its baseline, scorer by scorer. The judge marks hedged answers 0.6 instead of 1;
        // the reference fact is still in them, so the contains scorer sees no change.
        await Expect(page.GetByTestId("latest-verdict")).ToHaveAttributeAsync("data-verdict", nameof(CanaryOutcome.Regressed));
        await Expect(page.GetByTestId("comparison-verdict")).ToContainTextAsync("Regression:");
        var correctness = page.Locator("[data-testid=comparison-row][data-scorer=correctness]");
        await Expect(correctness.GetByTestId("comparison-drop")).ToHaveTextAsync("40.0 %");
        await Expect(correctness.GetByTestId("comparison-significant")).ToHaveTextAsync("yes");
        var contains = page.Locator("[data-testid=comparison-row][data-scorer=contains]");
        await Expect(contains.GetByTestId("comparison-drop")).ToHaveTextAsync("0.0 %");
        await Expect(contains.GetByTestId("comparison-significant")).ToHaveTextAsync("no");
        await Expect(page.Locator("[data-testid=comparison-row][data-scorer=overall]").GetByTestId("comparison-drop")).ToHaveTextAsync("20.0 %");
        var chart = page.Locator("[data-testid=chart][data-chart='Run scores']");
        await Expect(chart).ToHaveAttributeAsync("data-points", "3"); // two runs and the baseline point
        await Expect(chart.Locator(".scatterlayer path.point").First).ToBeAttachedAsync(new() { Timeout = 20_000 }); // Plotly has drawn
        await Expect(page.GetByTestId("run-link")).ToHaveCountAsync(2);
        await BrowserSession.ScreenshotAsync(page, "canary");

        // The run: every item got worse; each shows what the baseline answered.
        await page.GetByTestId("latest-run-link").ClickAsync();
        await page.WaitForURLAsync($"**/canary-runs/{regressed.Id}");
        await DashboardFixture.WaitInteractiveAsync(page);
        await Expect(page.GetByTestId("run-trace-link")).ToHaveAttributeAsync("href", $"/traces/{regressed.TraceId}");
        await page.GetByText("Only items that got worse than the baseline").ClickAsync();
        await Expect(page.Locator("[data-testid=item-row][data-worse=yes]")).ToHaveCountAsync(Facts.Count);
        await Expect(page.Locator("[data-testid=item-row][data-worse=no]")).ToHaveCountAsync(0);
        var item = page.Locator($"[data-testid=item-row][data-item='{Facts[0].Id}']");
        await Expect(item.GetByTestId("item-input")).ToHaveTextAsync(Facts[0].Question);
        await Expect(item.GetByTestId("item-output")).ToContainTextAsync("I think");
        await Expect(item.GetByTestId("item-baseline-output")).ToContainTextAsync($"For {Facts[0].Subject}, it is {Facts[0].Answer}.");
        await Expect(item.Locator("[data-testid=item-score][data-scorer=correctness]")).ToContainTextAsync("0.60 (baseline 1.00)");
        await Expect(item.Locator("[data-testid=item-score][data-scorer=correctness]")).ToContainTextAsync("Correct but hedged and padded.");
        await BrowserSession.ScreenshotAsync(page, "canary-run");

        // Run now: the page shows the run going, then its outcome, and who started it.
        await page.GotoAsync(fixture.Url($"/canaries/{Canary}"));
        await DashboardFixture.WaitInteractiveAsync(page);
        await Expect(page.GetByTestId("run-link")).ToHaveCountAsync(2);
        await page.GetByTestId("run-now").ClickAsync();
        await Expect(page.GetByTestId("run-in-progress")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("run-in-progress")).ToHaveCountAsync(0, RunFinishes);
        await Expect(page.GetByTestId("run-link")).ToHaveCountAsync(3);
        var newest = page.Locator("[data-testid=run-table] tbody tr").First;
        await Expect(newest.GetByTestId("run-trigger")).ToHaveTextAsync($"manual · dashboard by {TelltaleTestServer.AdminUser}");
        await Expect(newest.GetByTestId("run-verdict")).ToHaveAttributeAsync("data-verdict", nameof(CanaryOutcome.Regressed));

        // The team accepts the new behaviour: the updated run becomes the baseline, after a confirmation.
        var updatedRow = page.Locator("[data-testid=run-table] tbody tr").Filter(new() { Has = page.Locator($"[data-run='{regressed.Id}']") });
        await updatedRow.GetByTestId("pin-baseline").ClickAsync();
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Pin" }).ClickAsync();
        await Expect(updatedRow.GetByTestId("baseline-marker")).ToBeVisibleAsync();
        Assert.Equal(regressed.Id, (await fixture.Telltale.GetAsync<CanaryDefinition>($"/api/v1/canaries/{Canary}")).BaselineRunId);
        await BrowserSession.ScreenshotAsync(page, "canary-pinned");
    }

    [Fact]
    public async Task The_dataset_page_lists_its_items_and_imports_a_file_all_or_nothing()
    {
        const string dataset = "ui-import";
        await Ok(fixture.Telltale.Client.PostAsJsonAsync("/api/v1/datasets", new { name = dataset, description = "Imported in the browser" }));
        await Ok(fixture.Telltale.Client.PostAsJsonAsync($"/api/v1/datasets/{dataset}/items", DatasetItems(Facts.Take(3))));

        var page = await fixture.SignedInPageAsync("/datasets");
        var listed = page.Locator("[data-testid=dataset-table] tr").Filter(new() { HasText = dataset });
        await Expect(listed.GetByTestId("dataset-list-items")).ToHaveTextAsync("3");
        await listed.GetByTestId("dataset-link").ClickAsync();
        await page.WaitForURLAsync($"**/datasets/{dataset}");
        await DashboardFixture.WaitInteractiveAsync(page);
        await Expect(page.GetByTestId("dataset-item-input")).ToHaveCountAsync(3);
        await Expect(page.GetByTestId("dataset-item-input").First).ToHaveTextAsync(Facts[0].Question);

        await ImportAsync(page, "bad.jsonl", "{\"input\": \"Is gift wrapping free?\"}\n{\"input\": ");
        await Expect(page.GetByTestId("import-error")).ToContainTextAsync("Line 2 is not valid JSON");
        await Expect(page.GetByTestId("dataset-summary")).ToContainTextAsync("version 1 · 3 items");

        await ImportAsync(page, "more.csv", "input,expected_output,intent\nIs gift wrapping free?,Yes,gifts\nDo you ship abroad?,Within the EU,shipping\n");
        await Expect(page.GetByTestId("import-result")).ToContainTextAsync("Imported 2 items from more.csv");
        await Expect(page.GetByTestId("dataset-summary")).ToContainTextAsync("version 2 · 5 items");
        await Expect(page.GetByTestId("dataset-item-input")).ToHaveCountAsync(5);
        await Expect(page.GetByTestId("dataset-version")).ToContainTextAsync("2 (current)");
        await BrowserSession.ScreenshotAsync(page, "dataset");

        // Any earlier version reads back as it was.
        await page.GetByTestId("dataset-version").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^1$") }).ClickAsync();
        await Expect(page.GetByTestId("dataset-item-input")).ToHaveCountAsync(3);
    }

    /// <summary>Through the import button and the browser's file chooser, as a person picks a file.</summary>
    private static async Task ImportAsync(IPage page, string name, string text)
    {
        var chooser = await page.RunAndWaitForFileChooserAsync(() => page.GetByTestId("import-button").ClickAsync());
        await chooser.SetFilesAsync(new FilePayload { Name = name, MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes(text) });
    }

    private async Task SeedAsync(QualityStandIn model)
    {
        var client = fixture.Telltale.Client;
        await Ok(client.PutAsJsonAsync("/api/v1/llm-connections/ui-standin", new { baseUrl = model.Endpoint, apiKey = "sk-telltale-key" }));
        await Ok(client.PostAsJsonAsync("/api/v1/datasets", new { name = Dataset, description = "Golden support questions" }));
        await Ok(client.PostAsJsonAsync($"/api/v1/datasets/{Dataset}/items", DatasetItems(Facts)));
        // Runs only when the test asks: the fixture's scheduler is live.
        await Ok(client.PutAsJsonAsync($"/api/v1/canaries/{Canary}", QualityScenario.Canary(GuardedSystem, Dataset, "ui-standin",
            schedule: "0 0 1 1 *", runOnNewModelVersion: false)));
    }

    private async Task<CanaryRun> RunAsync() =>
        TelltaleJson.Deserialize<CanaryRun>(await (await Ok(fixture.Telltale.Client.PostAsync($"/api/v1/canaries/{Canary}/runs", null))).Content.ReadAsStringAsync())!;
}
