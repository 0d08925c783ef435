using Telltale.Core.Querying;

namespace Telltale.Core.Intents;

/// <summary>Where each trace's intent is kept. Breakdowns by intent join on the trace id.</summary>
public interface IIntentStore
{
    Task AddManyAsync(string projectId, IReadOnlyList<TraceIntent> intents, CancellationToken ct);

    /// <summary>The intent of each listed trace that has one (the newest tag wins).</summary>
    Task<IReadOnlyDictionary<string, TraceIntent>> ForTracesAsync(string projectId, IReadOnlyCollection<string> traceIds, CancellationToken ct);

    /// <summary>Tagged traces whose trace starts in the range, oldest first.</summary>
    Task<IReadOnlyList<TraceIntent>> ListAsync(string projectId, TimeRange range, int limit, CancellationToken ct);

    /// <summary>How many traces that started in the range are tagged, per AI system.</summary>
    Task<IReadOnlyDictionary<string, long>> CountBySystemAsync(string projectId, TimeRange range, CancellationToken ct);
}
