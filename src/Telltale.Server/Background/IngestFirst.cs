using Microsoft.Extensions.Options;
using Telltale.Ingestion.Writing;
using Telltale.Server.Configuration;

namespace Telltale.Server.Background;

/// <summary>
/// Ingest comes first: a background job that can wait (online evaluators, intent tagging, review sampling) holds its
/// round back while the writer is busy committing, so a burst of telemetry is not slowed, or refused with 503s, by
/// analysis of telemetry already stored. A job is never held back longer than the configured deferral, so under
/// sustained saturation its results are late, not missing. Alerting and canary runs do not wait.
/// </summary>
public sealed partial class IngestFirst(WriterLoad load, IOptions<TelltaleOptions> options, IngestMetrics metrics, TimeProvider time,
    ILogger<IngestFirst> logger)
{
    /// <summary>The window of writer activity judged; short, so a job resumes soon after a burst ends.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);

    /// <summary>Returns once the writer is no busier than the configured share, or once the deferral has run out.</summary>
    public async Task WaitForIngestToEaseAsync(string work, CancellationToken ct)
    {
        var ingest = options.Value.Ingest;
        if (load.BusyFraction(Window) <= ingest.BackgroundYieldBusyShare) return;

        var started = time.GetTimestamp();
        var longest = TimeSpan.FromSeconds(ingest.BackgroundMaxDeferralSeconds);
        LogDeferring(work, load.BusyFraction(Window));
        while (load.BusyFraction(Window) > ingest.BackgroundYieldBusyShare && time.GetElapsedTime(started) < longest)
            await Task.Delay(Poll, time, ct);
        metrics.BackgroundDeferred(work, time.GetElapsedTime(started));
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Work} waits: the writer was busy {BusyShare:P0} of the last seconds")]
    private partial void LogDeferring(string work, double busyShare);
}
