using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Telltale.Ingestion.Writing;
using Telltale.Server.Background;
using Telltale.Server.Configuration;

namespace Telltale.Server.Tests.Background;

/// <summary>Background analysis steps aside while the writer is busy, and never for longer than the deferral.</summary>
public class IngestFirstTests
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-12-03T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private readonly WriterLoad _load;
    private readonly IngestMetrics _metrics = new();
    private readonly IngestFirst _ingestFirst;

    public IngestFirstTests()
    {
        _load = new WriterLoad(_time);
        var options = new TelltaleOptions { Ingest = { BackgroundYieldBusyShare = 0.5, BackgroundMaxDeferralSeconds = 20 } };
        _ingestFirst = new IngestFirst(_load, Microsoft.Extensions.Options.Options.Create(options), _metrics, _time, NullLogger<IngestFirst>.Instance);
    }

    [Fact]
    public void A_quiet_writer_does_not_hold_a_job_back()
    {
        _load.RecordCommit(TimeSpan.FromMilliseconds(100));
        Assert.True(_ingestFirst.WaitForIngestToEaseAsync("test", CancellationToken.None).IsCompletedSuccessfully);
    }

    [Fact]
    public async Task A_job_waits_while_the_writer_is_busy_and_goes_once_the_burst_is_over()
    {
        var burstSeconds = 8;
        BusySeconds(6);
        var waiting = _ingestFirst.WaitForIngestToEaseAsync("test", CancellationToken.None);
        Assert.False(waiting.IsCompleted);

        // The burst goes on for 8 more seconds, then stops; the job goes a few seconds after, once the last 5 s
        // were mostly quiet, well before the 20 s deferral runs out.
        var waited = await SecondsUntilDone(waiting, busyWhile: s => s < burstSeconds);
        Assert.InRange(waited, burstSeconds + 1, burstSeconds + 5);
        Assert.Contains("telltale_background_deferred_seconds_total{work=\"test\"}", await ScrapeAsync());
    }

    [Fact]
    public async Task Under_sustained_saturation_a_job_still_runs_once_the_deferral_is_over()
    {
        BusySeconds(6);
        var waiting = _ingestFirst.WaitForIngestToEaseAsync("test", CancellationToken.None);
        var waited = await SecondsUntilDone(waiting, busyWhile: _ => true);
        Assert.InRange(waited, 20, 21);
    }

    private void BusySeconds(int seconds)
    {
        for (var i = 0; i < seconds; i++)
        {
            _load.RecordCommit(TimeSpan.FromMilliseconds(900));
            _time.Advance(TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>Advances the clock a second at a time (the writer busy while <paramref name="busyWhile"/> says so)
    /// until the wait completes; returns the seconds it took.</summary>
    private async Task<int> SecondsUntilDone(Task waiting, Func<int, bool> busyWhile)
    {
        for (var second = 0; second < 60; second++)
        {
            if (busyWhile(second)) _load.RecordCommit(TimeSpan.FromMilliseconds(900));
            _time.Advance(TimeSpan.FromSeconds(1));
            // The waiter's timer continuation runs on the thread pool; give it the moment it needs.
            for (var spin = 0; spin < 50 && !waiting.IsCompleted; spin++) await Task.Delay(2);
            if (waiting.IsCompleted)
            {
                await waiting;
                return second + 1;
            }
        }
        throw new TimeoutException("the background job was held back for more than a minute");
    }

    private async Task<string> ScrapeAsync()
    {
        using var stream = new MemoryStream();
        await _metrics.Registry.CollectAndExportAsTextAsync(stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
