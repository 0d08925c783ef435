using Telltale.Core.Querying;

namespace Telltale.Core.Changes;

/// <summary>Change events of a project. Events detected in traffic are written by the telemetry writer, in the same
/// transaction as the spans that revealed them.</summary>
public interface IChangeStore
{
    Task AddAsync(string projectId, ChangeEvent change, CancellationToken ct);

    /// <summary>Events in the range, oldest first; with a system, that system's events and project-wide ones.</summary>
    Task<IReadOnlyList<ChangeEvent>> ListAsync(string projectId, TimeRange range, string? system, string? kind, CancellationToken ct);
}
