using Telltale.Core.Alerting.Incidents;
using Telltale.Core.Serialization;

namespace Telltale.Storage.DuckDb;

/// <summary>Incidents as JSON documents, with status and opening time as columns to filter and order by.</summary>
public sealed class DuckDbIncidentStore(DuckDbDatabase database) : IIncidentStore
{
    public Task<IReadOnlyList<Incident>> ListAsync(string projectId, string? status, int limit, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Incident>>(database.Query(
            "SELECT incident FROM incidents WHERE project_id = $1 AND ($2::VARCHAR IS NULL OR status = $2::VARCHAR) " +
            "ORDER BY opened_at DESC, id LIMIT $3", r => TelltaleJson.Deserialize<Incident>(r.GetString(0))!, projectId, status, limit));

    public Task<Incident?> GetAsync(string projectId, string id, CancellationToken ct) =>
        Task.FromResult(database.Query("SELECT incident FROM incidents WHERE project_id = $1 AND id = $2",
            r => TelltaleJson.Deserialize<Incident>(r.GetString(0)), projectId, id).FirstOrDefault());

    public Task SaveAsync(string projectId, Incident incident, CancellationToken ct)
    {
        database.InTransaction(c =>
        {
            c.Execute("DELETE FROM incidents WHERE project_id = $1 AND id = $2", projectId, incident.Id);
            c.Execute("INSERT INTO incidents VALUES ($1, $2, $3, $4, $5)",
                projectId, incident.Id, incident.Status, incident.OpenedAt, TelltaleJson.Serialize(incident));
        });
        return Task.CompletedTask;
    }
}
