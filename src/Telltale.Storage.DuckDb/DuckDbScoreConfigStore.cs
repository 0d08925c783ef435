using Telltale.Core.Scores;
using Telltale.Core.Serialization;

namespace Telltale.Storage.DuckDb;

/// <summary>Score configs as JSON documents, one row each.</summary>
public sealed class DuckDbScoreConfigStore(DuckDbDatabase database) : IScoreConfigStore
{
    public Task<IReadOnlyList<ScoreConfig>> ListAsync(string projectId, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<ScoreConfig>>(database.Query("SELECT config FROM score_configs WHERE project_id = $1",
                r => TelltaleJson.Deserialize<ScoreConfig>(r.GetString(0))!, projectId)
            .OrderBy(c => c.Name, StringComparer.Ordinal).ToList());

    public Task<ScoreConfig?> GetAsync(string projectId, string id, CancellationToken ct) =>
        Task.FromResult(database.Query("SELECT config FROM score_configs WHERE project_id = $1 AND id = $2",
            r => TelltaleJson.Deserialize<ScoreConfig>(r.GetString(0)), projectId, id).FirstOrDefault());

    public Task SaveAsync(string projectId, ScoreConfig config, CancellationToken ct)
    {
        database.SaveDocument("score_configs", projectId, config.Id, TelltaleJson.Serialize(config));
        return Task.CompletedTask;
    }

    public Task<bool> DeleteAsync(string projectId, string id, CancellationToken ct) =>
        Task.FromResult(database.Execute("DELETE FROM score_configs WHERE project_id = $1 AND id = $2", projectId, id) > 0);
}
