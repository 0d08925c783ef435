namespace Telltale.Core.Alerting.Incidents;

/// <summary>
/// What people work on when something is wrong: one or more alerts about the same AI system, with a timeline of
/// alerts, notifications, acknowledgements, notes and the resolution.
/// </summary>
public sealed record Incident
{
    public required string Id { get; init; }
    public required string Title { get; init; }

    /// <summary>open, acknowledged or resolved.</summary>
    public required string Status { get; init; }
    public required AlertSeverity Severity { get; init; }
    public string? System { get; init; }
    public required DateTimeOffset OpenedAt { get; init; }
    public DateTimeOffset? AcknowledgedAt { get; init; }
    public DateTimeOffset? ResolvedAt { get; init; }
    public IReadOnlyList<string> AlertIds { get; init; } = [];
    public IReadOnlyList<string> OpenAlertIds { get; init; } = [];
    public IReadOnlyList<IncidentEvent> Timeline { get; init; } = [];

    public const string Open = "open";
    public const string Acknowledged = "acknowledged";
    public const string Resolved = "resolved";

    public bool IsActive => Status != Resolved;

    public Incident With(IncidentEvent entry) => this with { Timeline = [.. Timeline, entry] };
}

/// <param name="Kind">alert_fired, alert_resolved, notified, acknowledged, note or resolved.</param>
public sealed record IncidentEvent(DateTimeOffset Time, string Kind, string Text, string? By = null);

public interface IIncidentStore
{
    Task<IReadOnlyList<Incident>> ListAsync(string projectId, string? status, int limit, CancellationToken ct);
    Task<Incident?> GetAsync(string projectId, string id, CancellationToken ct);
    Task SaveAsync(string projectId, Incident incident, CancellationToken ct);
}
