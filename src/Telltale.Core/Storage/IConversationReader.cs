using Telltale.Core.Querying;

namespace Telltale.Core.Storage;

/// <summary>What the intent tagger reads: which traces started when, which trace opened each conversation, and the
/// spans that say what a trace was about.</summary>
public interface IConversationReader
{
    /// <summary>Traces whose first span started in the range, oldest first.</summary>
    Task<IReadOnlyList<TraceStart>> ListTraceStartsAsync(string projectId, TimeRange range, int limit, CancellationToken ct);

    /// <summary>For each session, its earliest trace that started in the range.</summary>
    Task<IReadOnlyDictionary<string, string>> FirstTraceOfSessionsAsync(string projectId, IReadOnlyCollection<string> sessionIds,
        TimeRange range, CancellationToken ct);

    /// <summary>The LLM calls, root spans and spans carrying a <c>telltale.intent</c> of each trace, in start order,
    /// with their input (messages sent as GenAI log events attached to their span); with <paramref name="declaredOnly"/>
    /// only the spans carrying <c>telltale.intent</c>. The traces started in the range (which bounds the scan).</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<SpanView>>> OpeningSpansAsync(string projectId, IReadOnlyCollection<string> traceIds,
        TimeRange range, bool declaredOnly, CancellationToken ct);
}
