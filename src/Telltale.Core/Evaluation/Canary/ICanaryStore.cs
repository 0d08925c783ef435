namespace Telltale.Core.Evaluation.Canary;

/// <summary>Canary definitions and their runs.</summary>
public interface ICanaryStore
{
    Task<IReadOnlyList<CanaryDefinition>> ListAsync(string projectId, CancellationToken ct);
    Task<CanaryDefinition?> GetAsync(string projectId, string name, CancellationToken ct);
    Task SaveAsync(string projectId, CanaryDefinition canary, CancellationToken ct);
    Task<bool> DeleteAsync(string projectId, string canaryId, CancellationToken ct);

    Task SaveRunAsync(string projectId, CanaryRun run, CancellationToken ct);
    Task<CanaryRun?> GetRunAsync(string projectId, string runId, CancellationToken ct);

    /// <summary>Newest first, without the per-item results (they can be large).</summary>
    Task<IReadOnlyList<CanaryRun>> ListRunsAsync(string projectId, string canaryId, int limit, CancellationToken ct);

    /// <summary>The newest completed run of each canary that finished in the range.</summary>
    Task<IReadOnlyList<CanaryRun>> LatestCompletedAsync(string projectId, DateTimeOffset from, DateTimeOffset to, CancellationToken ct);
}
