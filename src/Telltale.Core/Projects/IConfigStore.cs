namespace Telltale.Core.Projects;

/// <summary>Configuration storage: projects, API keys and per-project settings.</summary>
public interface IConfigStore
{
    Task<IReadOnlyList<Project>> ListProjectsAsync(CancellationToken ct);
    Task<Project?> GetProjectAsync(string projectId, CancellationToken ct);
    Task CreateProjectAsync(Project project, CancellationToken ct);

    Task AddApiKeyAsync(ApiKeyRecord key, CancellationToken ct);
    Task<ApiKeyRecord?> FindApiKeyByHashAsync(string secretHash, CancellationToken ct);
    Task<IReadOnlyList<ApiKeyRecord>> ListApiKeysAsync(string projectId, CancellationToken ct);

    /// <summary>Marks the key revoked; false when the project has no such active key.</summary>
    Task<bool> RevokeApiKeyAsync(string projectId, string keyId, DateTimeOffset at, CancellationToken ct);

    /// <summary>A per-project setting stored as JSON text (price overrides, …); null when unset.</summary>
    Task<string?> GetSettingAsync(string projectId, string name, CancellationToken ct);
    Task SetSettingAsync(string projectId, string name, string json, CancellationToken ct);
}
