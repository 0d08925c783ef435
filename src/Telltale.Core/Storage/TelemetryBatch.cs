using Telltale.Core.Model;

namespace Telltale.Core.Storage;

/// <summary>Everything one ingest request carries for one project, written atomically: all of it or none.</summary>
public sealed class TelemetryBatch(string projectId)
{
    public string ProjectId { get; } = projectId;
    public List<AiSpan> Spans { get; } = [];

    /// <summary>JSON columns of <see cref="Spans"/>, by index, once <see cref="PrepareForStorage"/> ran.</summary>
    private List<SpanContentJson>? _spanContent;
    public List<LogRecordRow> Logs { get; } = [];
    public List<MetricPointRow> MetricPoints { get; } = [];

    /// <summary>Evaluation results that arrived as OTLP events, stored as scores with the telemetry.</summary>
    public List<Telltale.Core.Scores.ScoreRecord> Scores { get; } = [];

    public int Count => Spans.Count + Logs.Count + MetricPoints.Count + Scores.Count;

    /// <summary>Serializes the spans' JSON columns on the calling thread (a request thread), so the writer does not.</summary>
    public void PrepareForStorage()
    {
        _spanContent = new List<SpanContentJson>(Spans.Count);
        foreach (var span in Spans) _spanContent.Add(SpanContentJson.From(span));
    }

    public SpanContentJson ContentOf(int spanIndex) =>
        _spanContent is { } prepared && spanIndex < prepared.Count ? prepared[spanIndex] : SpanContentJson.From(Spans[spanIndex]);
}
