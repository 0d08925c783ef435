namespace Telltale.Bench.Measurement;

/// <summary>Samples RSS in the background during a run. VmHWM would be simpler but also counts the peak reached while
/// generating the workload, before the server even started.</summary>
public sealed class PeakMemorySampler : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _peak;

    public PeakMemorySampler(TimeSpan interval)
    {
        _peak = ProcessMemory.ResidentBytes();
        _loop = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(interval);
            try
            {
                while (await timer.WaitForNextTickAsync(_stop.Token))
                    _peak = Math.Max(_peak, ProcessMemory.ResidentBytes());
            }
            catch (OperationCanceledException)
            {
                // Stopped.
            }
        });
    }

    public long PeakBytes => Math.Max(_peak, ProcessMemory.ResidentBytes());

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
