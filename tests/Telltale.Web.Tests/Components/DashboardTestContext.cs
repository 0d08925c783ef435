using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Telltale.Web.Tests.Components;

/// <summary>bUnit with MudBlazor's services. JavaScript calls (Plotly, MudBlazor) are answered loosely: these tests
/// check our markup and logic; the real browser tests check the drawing.</summary>
public abstract class DashboardTestContext : BunitContext
{
    protected DashboardTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    /// <summary>xunit disposes test classes synchronously; MudBlazor's services only dispose asynchronously.</summary>
    protected override void Dispose(bool disposing)
    {
        if (disposing) DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
