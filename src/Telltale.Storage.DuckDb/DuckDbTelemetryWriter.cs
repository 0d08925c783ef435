using DuckDB.NET.Data;
using Telltale.Core.Model;
using Telltale.Core.Querying;
using Telltale.Core.Serialization;
using Telltale.Core.Storage;

namespace Telltale.Storage.DuckDb;

/// <summary>
/// Appends whole groups of batches in one transaction through DuckDB's appender (the fastest way in), so one commit
/// covers many requests (group commit). New AI systems and models, and the change events they reveal, are recorded
/// in the same transaction. DuckDB fsyncs its write-ahead log on every commit (checked with strace: one fsync of the
/// WAL per commit), so a committed batch survives a power cut, not only a process kill.
/// </summary>
public sealed class DuckDbTelemetryWriter : ITelemetryWriter, IDisposable
{
    private readonly DuckDBConnection _connection;
    private readonly TrafficRegistry _traffic;

    public DuckDbTelemetryWriter(DuckDbDatabase database)
    {
        _connection = database.OpenConnection();
        _traffic = TrafficRegistry.Load(_connection);
    }

    public void Write(IReadOnlyList<TelemetryBatch> batches)
    {
        using var tx = _connection.BeginTransaction();
        var changes = new TrafficChanges();
        try
        {
            AppendSpans(batches, changes);
            AppendLogs(batches);
            AppendMetricPoints(batches);
            foreach (var batch in batches)
                foreach (var score in batch.Scores) DuckDbScoreStore.Insert(_connection, batch.ProjectId, score);
            TrafficRegistry.Insert(_connection, changes);
            tx.Commit();
        }
        catch
        {
            tx.Rollback();
            throw;
        }
        _traffic.MarkKnown(changes);
    }

    private void AppendSpans(IReadOnlyList<TelemetryBatch> batches, TrafficChanges changes)
    {
        using var appender = _connection.CreateAppender("spans");
        foreach (var batch in batches)
        {
            for (var i = 0; i < batch.Spans.Count; i++)
            {
                var span = batch.Spans[i];
                _traffic.Observe(batch.ProjectId, span, changes);
                AppendSpan(appender, batch.ProjectId, span, batch.ContentOf(i));
            }
        }
    }

    private static void AppendSpan(DuckDBAppender appender, string projectId, AiSpan s, SpanContentJson json)
    {
        var u = s.Usage;
        appender.CreateRow()
            .AppendValue(projectId)
            .AppendValue(s.TraceId)
            .AppendValue(s.SpanId)
            .AppendValue(s.ParentSpanId)
            .AppendValue(s.Name)
            .AppendValue(SpanKindNames.Of(s.Kind))
            .AppendValue((sbyte)s.OtelKind)
            .AppendValue(UnixNanos.ToDateTimeOffset(s.StartUnixNano).UtcDateTime)
            .AppendValue(s.StartUnixNano)
            .AppendValue(s.EndUnixNano)
            .AppendValue(s.DurationMs)
            .AppendValue(SpanStatusNames.Of(s.Status))
            .AppendValue(s.StatusMessage)
            .AppendValue(s.ErrorType)
            .AppendValue(s.System)
            .AppendValue(s.Environment)
            .AppendValue(s.ServiceVersion)
            .AppendValue(s.ScopeName)
            .AppendValue(s.Operation)
            .AppendValue(s.Provider)
            .AppendValue(s.RequestModel)
            .AppendValue(s.ResponseModel)
            .AppendValue(s.Model)
            .AppendValue(u.Input)
            .AppendValue(u.Output)
            .AppendValue(u.CacheRead)
            .AppendValue(u.CacheWrite)
            .AppendValue(u.Reasoning)
            .AppendValue(u.Estimated)
            .AppendValue(s.CostUsd)
            .AppendValue(s.TimeToFirstTokenMs)
            .AppendValue(s.HttpStatusCode)
            .AppendValue(s.IsFallback)
            .AppendValue(RateLimitSignal.IsRateLimited(s))
            .AppendValue(s.SessionId)
            .AppendValue(s.UserId)
            .AppendValue(s.Feature)
            .AppendValue(json.Tags)
            .AppendValue(json.FinishReasons)
            .AppendValue(json.InputMessages)
            .AppendValue(json.OutputMessages)
            .AppendValue(s.InputValue)
            .AppendValue(s.OutputValue)
            .AppendValue(json.Tool)
            .AppendValue(json.Documents)
            .AppendValue(s.AttributesJson)
            .AppendValue(s.ResourceAttributesJson)
            .AppendValue(s.EventsJson)
            .EndRow();
    }

    private void AppendLogs(IReadOnlyList<TelemetryBatch> batches)
    {
        if (!batches.Any(b => b.Logs.Count > 0)) return;
        using var appender = _connection.CreateAppender("log_records");
        foreach (var batch in batches)
        {
            foreach (var log in batch.Logs)
            {
                appender.CreateRow()
                    .AppendValue(batch.ProjectId)
                    .AppendValue(log.System)
                    .AppendValue(log.TraceId)
                    .AppendValue(log.SpanId)
                    .AppendValue(log.TimeUnixNano)
                    .AppendValue(log.SeverityNumber)
                    .AppendValue(log.SeverityText)
                    .AppendValue(log.EventName)
                    .AppendValue(log.BodyJson)
                    .AppendValue(log.AttributesJson)
                    .AppendValue(log.ResourceAttributesJson)
                    .AppendValue(SpanContentJson.Messages(log.InputMessages))
                    .AppendValue(SpanContentJson.Messages(log.OutputMessages))
                    .EndRow();
            }
        }
    }

    private void AppendMetricPoints(IReadOnlyList<TelemetryBatch> batches)
    {
        if (!batches.Any(b => b.MetricPoints.Count > 0)) return;
        using var appender = _connection.CreateAppender("metric_points");
        foreach (var batch in batches)
        {
            foreach (var p in batch.MetricPoints)
            {
                appender.CreateRow()
                    .AppendValue(batch.ProjectId)
                    .AppendValue(p.System)
                    .AppendValue(p.Name)
                    .AppendValue(p.Unit)
                    .AppendValue(p.Type)
                    .AppendValue(p.StartUnixNano)
                    .AppendValue(p.TimeUnixNano)
                    .AppendValue(UnixNanos.ToDateTimeOffset(p.TimeUnixNano).UtcDateTime)
                    .AppendValue(p.AttributesJson)
                    .AppendValue(p.Value)
                    .AppendValue(p.Count)
                    .AppendValue(p.Sum)
                    .AppendValue(p.Min)
                    .AppendValue(p.Max)
                    .AppendValue(p.BucketsJson)
                    .AppendValue((sbyte)p.Temporality)
                    .EndRow();
            }
        }
    }

    public void Dispose() => _connection.Dispose();
}
