using Microsoft.AspNetCore.Components;

namespace Telltale.Web.Components.Shared;

/// <summary>
/// A page that loads its data and then reloads it every few seconds while it is open, so new traces and metric
/// points appear without a reload. The timer lives on the server side of the circuit; no client polling.
/// </summary>
public abstract class LivePage : ComponentBase, IDisposable
{
    private readonly CancellationTokenSource _stop = new();

    /// <summary>How often the page refreshes itself.</summary>
    protected virtual TimeSpan RefreshEvery => TimeSpan.FromSeconds(5);

    protected CancellationToken PageStopping => _stop.Token;

    protected abstract Task LoadAsync();

    protected override async Task OnParametersSetAsync() => await LoadAsync();

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && RendererInfo.IsInteractive) _ = RefreshLoopAsync();
    }

    private async Task RefreshLoopAsync()
    {
        using var timer = new PeriodicTimer(RefreshEvery);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                await InvokeAsync(async () =>
                {
                    await LoadAsync();
                    StateHasChanged();
                });
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed.
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
        GC.SuppressFinalize(this);
    }
}
