using Telltale.Core.Alerting.Incidents;
using Telltale.Core.Serialization;

namespace Telltale.Storage.DuckDb;

/// <summary>Incidents as JSON documents, with status and opening time as columns to filter and order by.</summary>
public sealed class DuckDbIncidentStore(DuckDbDatabase database) : IIncidentStore
{
    public Task<IReadOnlyList<Incident>> ListAsync(string projectId, string? status, int limit, CancellationToken ct)
    {
        using var connection = database.OpenConnection();
        using var cmd = DuckDbCommands.Create(connection,
            "SELECT incident FROM incidents WHERE project_id = $1 AND ($2::VARCHAR IS NULL OR status = $2::VARCHAR) " +
            "ORDER BY opened_at DESC, id LIMIT $3", [projectId, status, limit]);
        using var reader = cmd.ExecuteReader();
        var incidents = new List<Incident>();
        while (reader.Read()) incidents.Add(TelltaleJson.Deserialize<Incident>(reader.GetString(0))!);
        return Task.FromResult<IReadOnlyList<Incident>>(incidents);
    }

    public async Task<Incident?> GetAsync(string projectId, string id, CancellationToken ct) =>
        (await ListAsync(projectId, null, int.MaxValue, ct)).FirstOrDefault(i => i.Id == id);

    public Task SaveAsync(string projectId, Incident incident, CancellationToken ct)
    {
        using var connection = database.OpenConnection();
        using var tx = connection.BeginTransaction();
        using (var delete = DuckDbCommands.Create(connection, "DELETE FROM incidents WHERE project_id = $1 AND id = $2", [projectId, incident.Id]))
            delete.ExecuteNonQuery();
        using (var insert = DuckDbCommands.Create(connection, "INSERT INTO incidents VALUES ($1, $2, $3, $4, $5)",
                   [projectId, incident.Id, incident.Status, incident.OpenedAt, TelltaleJson.Serialize(incident)]))
            insert.ExecuteNonQuery();
        tx.Commit();
        return Task.CompletedTask;
    }
}
