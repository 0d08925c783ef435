using System.Data.Common;
using Telltale.Core.Projects;

namespace Telltale.Storage.DuckDb;

/// <summary>Projects, API keys and settings in the same embedded file as the telemetry.</summary>
public sealed class DuckDbConfigStore(DuckDbDatabase database) : IConfigStore
{
    public Task<IReadOnlyList<Project>> ListProjectsAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Project>>(database.Query("SELECT id, name, created_at FROM projects ORDER BY created_at", ReadProject));

    public Task<Project?> GetProjectAsync(string projectId, CancellationToken ct) =>
        Task.FromResult(database.Query("SELECT id, name, created_at FROM projects WHERE id = $1", ReadProject, projectId).FirstOrDefault());

    public Task CreateProjectAsync(Project project, CancellationToken ct)
    {
        database.Execute("INSERT INTO projects VALUES ($1, $2, $3)", project.Id, project.Name, project.CreatedAt);
        return Task.CompletedTask;
    }

    public Task AddApiKeyAsync(ApiKeyRecord key, CancellationToken ct)
    {
        database.Execute("INSERT INTO api_keys VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            key.Id, key.ProjectId, key.Name, (int)key.Scopes, key.Prefix, key.SecretHash, key.CreatedAt, key.RevokedAt);
        return Task.CompletedTask;
    }

    public Task<ApiKeyRecord?> FindApiKeyByHashAsync(string secretHash, CancellationToken ct) =>
        Task.FromResult(database.Query($"{SelectKeys} WHERE secret_hash = $1", ReadKey, secretHash).FirstOrDefault());

    public Task<IReadOnlyList<ApiKeyRecord>> ListApiKeysAsync(string projectId, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<ApiKeyRecord>>(database.Query($"{SelectKeys} WHERE project_id = $1 ORDER BY created_at", ReadKey, projectId));

    public Task<bool> RevokeApiKeyAsync(string projectId, string keyId, DateTimeOffset at, CancellationToken ct) =>
        Task.FromResult(database.Execute("UPDATE api_keys SET revoked_at = $1 WHERE project_id = $2 AND id = $3 AND revoked_at IS NULL",
            at, projectId, keyId) > 0);

    public Task<string?> GetSettingAsync(string projectId, string name, CancellationToken ct) =>
        Task.FromResult(database.Query("SELECT value FROM settings WHERE project_id = $1 AND name = $2", r => r.GetString(0), projectId, name)
            .FirstOrDefault());

    public Task SetSettingAsync(string projectId, string name, string json, CancellationToken ct)
    {
        database.InTransaction(c =>
        {
            c.Execute("DELETE FROM settings WHERE project_id = $1 AND name = $2", projectId, name);
            c.Execute("INSERT INTO settings VALUES ($1, $2, $3, $4)", projectId, name, json, DateTimeOffset.UtcNow);
        });
        return Task.CompletedTask;
    }

    private const string SelectKeys = "SELECT id, project_id, name, scopes, prefix, secret_hash, created_at, revoked_at FROM api_keys";

    private static Project ReadProject(DbDataReader r) => new(r.GetString(0), r.GetString(1), ReadTime(r, 2));

    private static ApiKeyRecord ReadKey(DbDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), (ApiScope)r.GetInt32(3), r.GetString(4), r.GetString(5),
        ReadTime(r, 6), r.IsDBNull(7) ? null : ReadTime(r, 7));

    private static DateTimeOffset ReadTime(DbDataReader r, int i) => r.GetFieldValue<DateTimeOffset>(i).ToUniversalTime();
}
