using Telltale.Core.Evaluation.Canary;
using Telltale.Core.Serialization;

namespace Telltale.Storage.DuckDb;

/// <summary>Canaries and their runs as JSON documents; a run's status and times are columns to filter by.</summary>
public sealed class DuckDbCanaryStore(DuckDbDatabase database) : ICanaryStore
{
    public Task<IReadOnlyList<CanaryDefinition>> ListAsync(string projectId, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<CanaryDefinition>>(database.Query("SELECT canary FROM canaries WHERE project_id = $1",
            r => TelltaleJson.Deserialize<CanaryDefinition>(r.GetString(0))!, projectId).OrderBy(c => c.Name).ToList());

    public async Task<CanaryDefinition?> GetAsync(string projectId, string name, CancellationToken ct) =>
        (await ListAsync(projectId, ct)).FirstOrDefault(c => c.Name == name);

    public Task SaveAsync(string projectId, CanaryDefinition canary, CancellationToken ct)
    {
        database.SaveDocument("canaries", projectId, canary.Id, TelltaleJson.Serialize(canary));
        return Task.CompletedTask;
    }

    public Task<bool> DeleteAsync(string projectId, string canaryId, CancellationToken ct) =>
        Task.FromResult(database.Execute("DELETE FROM canaries WHERE project_id = $1 AND id = $2", projectId, canaryId) > 0);

    public Task SaveRunAsync(string projectId, CanaryRun run, CancellationToken ct)
    {
        database.InTransaction(c =>
        {
            c.Execute("DELETE FROM canary_runs WHERE project_id = $1 AND id = $2", projectId, run.Id);
            c.Execute("INSERT INTO canary_runs (project_id, id, canary_id, status, started_at, finished_at, run, summary) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                projectId, run.Id, run.CanaryId, run.Status, run.StartedAt, run.FinishedAt, TelltaleJson.Serialize(run), TelltaleJson.Serialize(run with { Items = [] }));
        });
        return Task.CompletedTask;
    }

    public Task<CanaryRun?> GetRunAsync(string projectId, string runId, CancellationToken ct) =>
        Task.FromResult(database.Query("SELECT run FROM canary_runs WHERE project_id = $1 AND id = $2",
            r => TelltaleJson.Deserialize<CanaryRun>(r.GetString(0)), projectId, runId).FirstOrDefault());

    public Task<IReadOnlyList<CanaryRun>> ListRunsAsync(string projectId, string canaryId, int limit, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<CanaryRun>>(database.Query(
            "SELECT coalesce(summary, run) FROM canary_runs WHERE project_id = $1 AND canary_id = $2 ORDER BY started_at DESC LIMIT $3",
            r => TelltaleJson.Deserialize<CanaryRun>(r.GetString(0))! with { Items = [] }, projectId, canaryId, limit));

    public Task<IReadOnlyList<CanaryRun>> LatestCompletedAsync(string projectId, DateTimeOffset from, DateTimeOffset to, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<CanaryRun>>(database.Query(
            "SELECT coalesce(summary, run) FROM canary_runs WHERE project_id = $1 AND status = $2 AND finished_at >= $3 AND finished_at < $4 " +
            "QUALIFY row_number() OVER (PARTITION BY canary_id ORDER BY finished_at DESC) = 1",
            r => TelltaleJson.Deserialize<CanaryRun>(r.GetString(0))! with { Items = [] }, projectId, CanaryRun.Completed, from, to));
}
