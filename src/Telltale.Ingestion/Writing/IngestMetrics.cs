using Prometheus;
using Telltale.Core.Storage;

namespace Telltale.Ingestion.Writing;

/// <summary>Telltale's own ingest health for Prometheus: rates, queue depth, write latency, rejections.
/// One registry per server instance, so several servers in one test process do not mix their figures.</summary>
public sealed class IngestMetrics
{
    private readonly Counter _rows;
    private readonly Counter _rejected;
    private readonly Counter _requests;
    private readonly Counter _saturated;
    private readonly Counter _writeFailures;
    private readonly Gauge _queueDepth;
    private readonly Histogram _commitSeconds;
    private readonly Counter _backgroundDeferredSeconds;

    public CollectorRegistry Registry { get; }

    public IngestMetrics()
    {
        Registry = Metrics.NewCustomRegistry();
        DotNetStats.Register(Registry); // process_working_set_bytes, GC and thread figures
        var factory = Metrics.WithCustomRegistry(Registry);
        _rows = factory.CreateCounter("telltale_ingested_rows_total", "Rows committed to storage.", "signal");
        _rejected = factory.CreateCounter("telltale_rejected_rows_total", "Rows refused as invalid (partial success).", "signal");
        _requests = factory.CreateCounter("telltale_ingest_requests_total", "Ingest requests by protocol and outcome.", "protocol", "outcome");
        _saturated = factory.CreateCounter("telltale_ingest_saturated_total", "Requests refused because the write queue was full.");
        _writeFailures = factory.CreateCounter("telltale_write_failures_total", "Rows whose commit failed (the request was refused).");
        _queueDepth = factory.CreateGauge("telltale_write_queue_rows", "Rows accepted and waiting to be committed.");
        _commitSeconds = factory.CreateHistogram("telltale_commit_duration_seconds", "Time to commit one group of batches.",
            new HistogramConfiguration { Buckets = Histogram.ExponentialBuckets(0.001, 2, 14) });
        _backgroundDeferredSeconds = factory.CreateCounter("telltale_background_deferred_seconds_total",
            "Time background analysis waited for a busy writer (ingest first).", "work");
    }

    public void Committed(IReadOnlyList<TelemetryBatch> batches, TimeSpan elapsed)
    {
        long spans = 0, logs = 0, points = 0;
        foreach (var b in batches)
        {
            spans += b.Spans.Count;
            logs += b.Logs.Count;
            points += b.MetricPoints.Count;
        }
        _rows.WithLabels("spans").Inc(spans);
        _rows.WithLabels("logs").Inc(logs);
        _rows.WithLabels("metrics").Inc(points);
        _commitSeconds.Observe(elapsed.TotalSeconds);
    }

    public void Rejected(string signal, long count) => _rejected.WithLabels(signal).Inc(count);

    public void Request(string protocol, string outcome) => _requests.WithLabels(protocol, outcome).Inc();

    public void Saturated() => _saturated.Inc();

    public void WriteFailed(long items) => _writeFailures.Inc(items);

    public void QueueDepth(long items) => _queueDepth.Set(items);

    public void BackgroundDeferred(string work, TimeSpan waited) => _backgroundDeferredSeconds.WithLabels(work).Inc(waited.TotalSeconds);
}
