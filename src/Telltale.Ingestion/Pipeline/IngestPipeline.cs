using Telltale.Core.Normalization;
using Telltale.Core.Scores;
using Telltale.Core.Storage;
using Telltale.Ingestion.Enrichment;
using Telltale.Ingestion.Writing;
using Telltale.Otlp.Proto.Collector.Logs;
using Telltale.Otlp.Proto.Collector.Metrics;
using Telltale.Otlp.Proto.Collector.Trace;

namespace Telltale.Ingestion.Pipeline;

/// <summary>
/// The one pipeline behind every protocol adapter: validate → normalize → enrich → durable write. Invalid items are
/// refused one by one (partial success); everything valid in a request is committed together before this returns.
/// </summary>
public sealed class IngestPipeline(BatchWriter writer, IEnumerable<ISpanEnricher> enrichers, IngestMetrics metrics)
{
    private readonly ISpanEnricher[] _enrichers = enrichers.ToArray();

    public Task<IngestOutcome> ExportTracesAsync(string projectId, ExportTraceServiceRequest request) =>
        IngestAsync(projectId, "spans", (batch, rejections) => NormalizeTraces(projectId, request, batch, rejections));

    public Task<IngestOutcome> ExportLogsAsync(string projectId, ExportLogsServiceRequest request) =>
        IngestAsync(projectId, "log records", (batch, rejections) => MapLogs(request, batch, rejections));

    public Task<IngestOutcome> ExportMetricsAsync(string projectId, ExportMetricsServiceRequest request) =>
        IngestAsync(projectId, "data points", (batch, _) => MapMetrics(request, batch));

    /// <summary>Builds the batch on the request thread, then waits for its commit.</summary>
    /// <remarks>Not async itself: the decoded request is only needed until the batch is built. An async method would
    /// keep it (a parameter) alive in its state machine until the commit, and every garbage collection during the wait
    /// would copy it. Bench ingest, alternated: GC pauses 0.61 / 0.64 s before, 0.47 / 0.49 s after.</remarks>
    private Task<IngestOutcome> IngestAsync(string projectId, string noun, Action<TelemetryBatch, RejectionLog> build)
    {
        var preparing = writer.BeginPreparing();
        var batch = new TelemetryBatch(projectId);
        var rejections = new RejectionLog();
        try
        {
            build(batch, rejections);
        }
        catch
        {
            preparing.Dispose();
            throw;
        }
        return CommitAsync(batch, rejections, noun, preparing);
    }

    private void NormalizeTraces(string projectId, ExportTraceServiceRequest request, TelemetryBatch batch, RejectionLog rejections)
    {
        foreach (var resourceSpans in request.ResourceSpans)
        {
            var resource = ResourceContext.From(resourceSpans.Resource);
            foreach (var scopeSpans in resourceSpans.ScopeSpans)
            {
                foreach (var span in scopeSpans.Spans)
                {
                    var error = OtlpIds.TraceIdError(span.TraceId) ?? OtlpIds.SpanIdError(span.SpanId) ?? OtlpIds.ParentIdError(span.ParentSpanId)
                        ?? (span.EndTimeUnixNano < span.StartTimeUnixNano ? "end_time_unix_nano is before start_time_unix_nano" : null);
                    if (error is not null)
                    {
                        rejections.Add($"span '{span.Name}': {error}");
                        continue;
                    }
                    var aiSpan = SpanNormalizer.Normalize(span, resource, scopeSpans.Scope);
                    foreach (var enricher in _enrichers) enricher.Enrich(projectId, aiSpan);
                    batch.Spans.Add(aiSpan);
                    foreach (var ev in span.Events)
                        if (EvaluationEvents.ToScore(ev.Name, ev.Attributes, aiSpan.TraceId, aiSpan.SpanId, Time(ev.TimeUnixNano, span.EndTimeUnixNano)) is { } score)
                            batch.Scores.Add(score);
                }
            }
        }
    }

    private static void MapLogs(ExportLogsServiceRequest request, TelemetryBatch batch, RejectionLog rejections)
    {
        foreach (var resourceLogs in request.ResourceLogs)
        {
            var resource = ResourceContext.From(resourceLogs.Resource);
            foreach (var scopeLogs in resourceLogs.ScopeLogs)
            {
                foreach (var record in scopeLogs.LogRecords)
                {
                    var error = OtlpIds.OptionalTraceIdError(record.TraceId) ?? OtlpIds.OptionalSpanIdError(record.SpanId);
                    if (error is not null)
                    {
                        rejections.Add($"log record: {error}");
                        continue;
                    }
                    var row = LogRecordMapper.Map(record, resource);
                    batch.Logs.Add(row);
                    if (EvaluationEvents.ToScore(row.EventName, record.Attributes, row.TraceId, row.SpanId,
                            Time(record.TimeUnixNano, record.ObservedTimeUnixNano)) is { } score)
                        batch.Scores.Add(score);
                }
            }
        }
    }

    private static void MapMetrics(ExportMetricsServiceRequest request, TelemetryBatch batch)
    {
        foreach (var resourceMetrics in request.ResourceMetrics)
        {
            var resource = ResourceContext.From(resourceMetrics.Resource);
            foreach (var scopeMetrics in resourceMetrics.ScopeMetrics)
                foreach (var metric in scopeMetrics.Metrics)
                    MetricPointMapper.Map(metric, resource, batch.MetricPoints);
        }
    }

    /// <summary>Telltale's own model calls (LLM judges, canary targets), already in the span model: enriched (cost)
    /// and committed like any ingested span, so their spend shows in the same figures as everything else.</summary>
    /// <returns>Once committed; the spans then carry their cost.</returns>
    public Task WriteOwnSpansAsync(string projectId, IReadOnlyList<Core.Model.AiSpan> spans) =>
        IngestAsync(projectId, "spans", (batch, _) =>
        {
            foreach (var span in spans)
            {
                foreach (var enricher in _enrichers) enricher.Enrich(projectId, span);
                batch.Spans.Add(span);
            }
        });

    private static DateTimeOffset Time(ulong unixNano, ulong fallback) =>
        Core.Querying.UnixNanos.ToDateTimeOffset((long)(unixNano != 0 ? unixNano : fallback));

    /// <param name="preparing">Released once the batch is queued, so the writer stops waiting for this request.</param>
    private async Task<IngestOutcome> CommitAsync(TelemetryBatch batch, RejectionLog rejections, string noun, IDisposable preparing)
    {
        if (rejections.Count > 0) metrics.Rejected(noun, rejections.Count);
        Task committed;
        try
        {
            batch.PrepareForStorage();
            committed = writer.WriteAsync(batch);
        }
        finally
        {
            preparing.Dispose();
        }
        await committed;
        return new IngestOutcome(batch.Count, rejections.Count, rejections.Message(noun));
    }
}
