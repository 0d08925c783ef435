using Telltale.Core.Querying;

namespace Telltale.Core.Storage;

/// <summary>Read side of the telemetry store. Every call is scoped to one project.</summary>
public interface ITelemetryReader
{
    Task<IReadOnlyList<SystemSummary>> ListSystemsAsync(string projectId, CancellationToken ct);

    /// <summary>The registered systems with when each last sent a span since <paramref name="since"/> (null if not):
    /// cheap enough to call on every dashboard refresh, unlike the whole-store counts of <see cref="ListSystemsAsync"/>.</summary>
    Task<IReadOnlyList<SystemActivity>> ListSystemActivityAsync(string projectId, DateTimeOffset since, CancellationToken ct);
    Task<TracePage> SearchTracesAsync(string projectId, TraceQuery query, CancellationToken ct);
    Task<TraceDetail?> GetTraceAsync(string projectId, string traceId, CancellationToken ct);
    Task<IReadOnlyList<SessionSummary>> ListSessionsAsync(string projectId, EntityQuery query, CancellationToken ct);
    Task<IReadOnlyList<UserSummary>> ListUsersAsync(string projectId, EntityQuery query, CancellationToken ct);
    Task<MetricsResult> QueryMetricsAsync(string projectId, MetricsQuery query, CancellationToken ct);
    Task<IReadOnlyList<GenAiMetricSeries>> QueryGenAiMetricsAsync(string projectId, GenAiMetricsQuery query, CancellationToken ct);

    /// <summary>LLM calls that started in the range, oldest first (for the evaluators).</summary>
    Task<IReadOnlyList<SpanView>> ListModelCallsAsync(string projectId, TimeRange range, int limit, CancellationToken ct);

    /// <summary>The documents retrieved in each of these traces.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<Model.RetrievedDocument>>> RetrievedDocumentsAsync(string projectId,
        IReadOnlyCollection<string> traceIds, CancellationToken ct);
}
