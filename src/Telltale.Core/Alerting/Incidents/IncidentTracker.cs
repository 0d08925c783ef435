namespace Telltale.Core.Alerting.Incidents;

/// <summary>
/// Files alerts into incidents: a firing alert joins the active incident of its AI system (or of its rule, for alerts
/// about no single system) and otherwise opens one; when every alert of an incident has resolved, the incident
/// resolves too. Acknowledging, notes and manual resolution come from people through the API.
/// </summary>
public sealed class IncidentTracker(IIncidentStore store, TimeProvider time)
{
    public async Task RecordAsync(string projectId, IReadOnlyList<AlertRecord> changes, CancellationToken ct)
    {
        if (changes.Count == 0) return;
        // Read once per round; the list is kept current as alerts open, join and resolve incidents below.
        var active = (await store.ListAsync(projectId, null, 200, ct)).Where(i => i.IsActive).ToList();
        foreach (var alert in changes)
        {
            var now = time.GetUtcNow();
            if (alert.State == AlertRecord.Firing)
            {
                var incident = active.FirstOrDefault(i => Concerns(i, alert)) ?? Open(alert, now);
                incident = incident.With(new IncidentEvent(now, "alert_fired", $"{alert.RuleName}: {alert.Context}")) with
                {
                    AlertIds = [.. incident.AlertIds.Append(alert.Id).Distinct()],
                    OpenAlertIds = [.. incident.OpenAlertIds.Append(alert.Id).Distinct()],
                    Severity = alert.Severity > incident.Severity ? alert.Severity : incident.Severity,
                };
                await SaveActiveAsync(projectId, active, incident, ct);
            }
            else if (active.FirstOrDefault(i => i.OpenAlertIds.Contains(alert.Id)) is { } incident)
            {
                incident = incident.With(new IncidentEvent(now, "alert_resolved", $"{alert.RuleName} resolved.")) with
                {
                    OpenAlertIds = incident.OpenAlertIds.Where(id => id != alert.Id).ToList(),
                };
                if (incident.OpenAlertIds.Count == 0)
                    incident = incident.With(new IncidentEvent(now, "resolved", "Resolved automatically: all its alerts resolved.")) with
                    {
                        Status = Incident.Resolved,
                        ResolvedAt = now,
                    };
                await SaveActiveAsync(projectId, active, incident, ct);
            }
        }
    }

    private async Task SaveActiveAsync(string projectId, List<Incident> active, Incident incident, CancellationToken ct)
    {
        await store.SaveAsync(projectId, incident, ct);
        active.RemoveAll(i => i.Id == incident.Id);
        if (incident.IsActive) active.Add(incident);
    }

    /// <summary>Adds a line to the timeline of the incident holding this alert (e.g. a notification went out).</summary>
    public async Task NoteForAlertAsync(string projectId, string alertId, string kind, string text, CancellationToken ct)
    {
        var incident = (await store.ListAsync(projectId, null, 200, ct)).FirstOrDefault(i => i.AlertIds.Contains(alertId));
        if (incident is not null) await store.SaveAsync(projectId, incident.With(new IncidentEvent(time.GetUtcNow(), kind, text)), ct);
    }

    public async Task<Incident?> AcknowledgeAsync(string projectId, string id, string? by, string? note, CancellationToken ct) =>
        await ChangeAsync(projectId, id, i => i.Status == Incident.Resolved ? i : i with { Status = Incident.Acknowledged, AcknowledgedAt = time.GetUtcNow() },
            "acknowledged", note ?? "Acknowledged.", by, ct);

    public Task<Incident?> AddNoteAsync(string projectId, string id, string text, string? by, CancellationToken ct) =>
        ChangeAsync(projectId, id, i => i, "note", text, by, ct);

    public Task<Incident?> ResolveAsync(string projectId, string id, string? by, string? note, CancellationToken ct) =>
        ChangeAsync(projectId, id, i => i with { Status = Incident.Resolved, ResolvedAt = time.GetUtcNow() }, "resolved", note ?? "Resolved.", by, ct);

    private async Task<Incident?> ChangeAsync(string projectId, string id, Func<Incident, Incident> change, string kind, string text,
        string? by, CancellationToken ct)
    {
        if (await store.GetAsync(projectId, id, ct) is not { } incident) return null;
        var changed = change(incident).With(new IncidentEvent(time.GetUtcNow(), kind, text, by));
        await store.SaveAsync(projectId, changed, ct);
        return changed;
    }

    private static bool Concerns(Incident incident, AlertRecord alert) =>
        alert.System is not null ? incident.System == alert.System : incident.System is null && incident.Title == alert.RuleName;

    private static Incident Open(AlertRecord alert, DateTimeOffset now) => new()
    {
        Id = Projects.ApiKeySecrets.NewId(),
        Title = alert.System is null ? alert.RuleName : $"{alert.System}: {alert.RuleName}",
        Status = Incident.Open,
        Severity = alert.Severity,
        System = alert.System,
        OpenedAt = now,
    };
}
