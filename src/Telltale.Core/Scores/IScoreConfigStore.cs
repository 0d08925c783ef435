namespace Telltale.Core.Scores;

/// <summary>Where a project's score configs are kept.</summary>
public interface IScoreConfigStore
{
    /// <summary>All of the project's configs, by name.</summary>
    Task<IReadOnlyList<ScoreConfig>> ListAsync(string projectId, CancellationToken ct);
    Task<ScoreConfig?> GetAsync(string projectId, string id, CancellationToken ct);

    /// <summary>Creates or replaces the config with this id.</summary>
    Task SaveAsync(string projectId, ScoreConfig config, CancellationToken ct);

    /// <summary>False when the project has no such config.</summary>
    Task<bool> DeleteAsync(string projectId, string id, CancellationToken ct);
}
