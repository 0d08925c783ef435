using Telltale.Core.Evaluation.Llm;
using Telltale.Core.Projects;
using Telltale.Core.Serialization;

namespace Telltale.Server.Evaluation.Llm;

/// <summary>A project's LLM connections, kept in its settings. Keys are stored as given (the DuckDB file is the
/// project's own, like its data) and never leave through the API.</summary>
public sealed class LlmConnections(IConfigStore config)
{
    private const string SettingName = "llm-connections";

    public async Task<IReadOnlyList<LlmConnection>> ListAsync(string projectId, CancellationToken ct) =>
        TelltaleJson.Deserialize<List<LlmConnection>>(await config.GetSettingAsync(projectId, SettingName, ct)) ?? [];

    public async Task<LlmConnection?> GetAsync(string projectId, string name, CancellationToken ct) =>
        (await ListAsync(projectId, ct)).FirstOrDefault(c => c.Name == name);

    /// <summary>Adds or replaces; a replacement without a key keeps the old key, so a URL can change without the secret.</summary>
    public async Task<LlmConnection> SaveAsync(string projectId, LlmConnection connection, CancellationToken ct)
    {
        var all = (await ListAsync(projectId, ct)).ToList();
        var old = all.FirstOrDefault(c => c.Name == connection.Name);
        if (old is not null && connection.ApiKey is null) connection = connection with { ApiKey = old.ApiKey };
        all.RemoveAll(c => c.Name == connection.Name);
        all.Add(connection);
        await config.SetSettingAsync(projectId, SettingName, TelltaleJson.Serialize(all.OrderBy(c => c.Name).ToList()), ct);
        return connection;
    }

    public async Task<bool> DeleteAsync(string projectId, string name, CancellationToken ct)
    {
        var all = (await ListAsync(projectId, ct)).ToList();
        if (all.RemoveAll(c => c.Name == name) == 0) return false;
        await config.SetSettingAsync(projectId, SettingName, TelltaleJson.Serialize(all), ct);
        return true;
    }

    /// <summary>A lookup for scorer factories, which validation has already checked.</summary>
    public async Task<Func<string, LlmConnection>> ResolverAsync(string projectId, CancellationToken ct)
    {
        var all = (await ListAsync(projectId, ct)).ToDictionary(c => c.Name);
        return name => all.TryGetValue(name, out var c) ? c : throw new InvalidOperationException($"LLM connection '{name}' no longer exists.");
    }
}
