using Microsoft.Playwright;
using Telltale.Server.Tests.Infrastructure;

namespace Telltale.Server.Tests.Dashboard;

/// <summary>One real server seeded through OTLP and one browser, shared by the dashboard tests (which run in order).</summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    public TelltaleTestServer Telltale { get; private set; } = default!;
    public BrowserSession Browser { get; } = new();

    public async Task InitializeAsync()
    {
        // Pages load over a circuit on a shared 2-core machine; give assertions time rather than flake.
        Assertions.SetDefaultExpectTimeout(15_000);
        // Online evaluators off, so each figure on the pages follows from the seed alone.
        Telltale = await TelltaleTestServer.StartAsync(new Dictionary<string, string?> { ["Telltale:Evaluation:Enabled"] = "false" });
        await DashboardSeed.SendAsync(Telltale);
        await Browser.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        await Telltale.DisposeAsync();
    }

    public string Url(string path) => new Uri(Telltale.HttpAddress, path).ToString();

    /// <summary>A new browser context signed in through the real form, landed on <paramref name="path"/>, interactive.</summary>
    public async Task<IPage> SignedInPageAsync(string path = "/")
    {
        var page = await Browser.NewPageAsync();
        await page.GotoAsync(Url($"/login?returnUrl={Uri.EscapeDataString(path)}"));
        await page.FillAsync("#username", TelltaleTestServer.AdminUser);
        await page.FillAsync("#password", TelltaleTestServer.AdminPassword);
        await page.ClickAsync("button[type=submit]");
        await WaitInteractiveAsync(page);
        return page;
    }

    /// <summary>Blazor ignores clicks until its circuit is up; the layout says when it is.</summary>
    public static Task WaitInteractiveAsync(IPage page) =>
        page.Locator("[data-testid=circuit][data-interactive=yes]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
}

[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardFixture>
{
    public const string Name = "dashboard";
}
