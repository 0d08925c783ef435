namespace Telltale.Core.Projects;

/// <summary>Creates API keys: the secret is returned once to the caller and only its hash is stored.</summary>
public sealed class ApiKeyIssuer(IConfigStore config, TimeProvider time)
{
    public async Task<IssuedApiKey> IssueAsync(string projectId, string name, ApiScope scopes, CancellationToken ct, string? secret = null)
    {
        secret ??= ApiKeySecrets.NewSecret();
        var record = new ApiKeyRecord(ApiKeySecrets.NewId(), projectId, name, scopes, ApiKeySecrets.DisplayPrefix(secret),
            ApiKeySecrets.Hash(secret), time.GetUtcNow());
        await config.AddApiKeyAsync(record, ct);
        return new IssuedApiKey(record, secret);
    }

    public async Task<Project> CreateProjectAsync(string name, CancellationToken ct)
    {
        var project = new Project(ApiKeySecrets.NewId(), name, time.GetUtcNow());
        await config.CreateProjectAsync(project, ct);
        return project;
    }
}

/// <summary>A freshly created key: the only moment its secret exists outside the caller's hands.</summary>
public sealed record IssuedApiKey(ApiKeyRecord Record, string Secret);
