using Telltale.Core.Model;

namespace Telltale.Core.Storage;

/// <summary>Everything one ingest request carries for one project, written atomically: all of it or none.</summary>
public sealed class TelemetryBatch(string projectId)
{
    public string ProjectId { get; } = projectId;
    public List<AiSpan> Spans { get; } = [];
    public List<LogRecordRow> Logs { get; } = [];
    public List<MetricPointRow> MetricPoints { get; } = [];

    public int Count => Spans.Count + Logs.Count + MetricPoints.Count;
}
