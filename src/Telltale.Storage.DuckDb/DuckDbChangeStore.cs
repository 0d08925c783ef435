using System.Text.Json;
using DuckDB.NET.Data;
using Telltale.Core.Changes;
using Telltale.Core.Querying;

namespace Telltale.Storage.DuckDb;

/// <summary>Change events in the embedded file: posted through the API, or detected by the telemetry writer.</summary>
public sealed class DuckDbChangeStore(DuckDbDatabase database) : IChangeStore
{
    public Task AddAsync(string projectId, ChangeEvent change, CancellationToken ct)
    {
        using var connection = database.OpenConnection();
        Insert(connection, projectId, change);
        return Task.CompletedTask;
    }

    internal static void Insert(DuckDBConnection connection, string projectId, ChangeEvent c) =>
        connection.Execute("INSERT INTO change_events VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            c.Id, projectId, c.System, c.Kind, c.Title, c.Description, c.Time, c.Source, JsonSerializer.Serialize(c.Attributes));

    public Task<IReadOnlyList<ChangeEvent>> ListAsync(string projectId, TimeRange range, string? system, string? kind, CancellationToken ct)
    {
        var sql = new SqlBuilder();
        sql.Append($"SELECT id, system, kind, title, description, time, source, attributes FROM change_events " +
                   $"WHERE project_id = {sql.Bind(projectId)} AND time >= {sql.Bind(range.From)} AND time < {sql.Bind(range.To)}");
        if (system is not null) sql.Append($" AND (system = {sql.Bind(system)} OR system IS NULL)");
        if (kind is not null) sql.Append($" AND kind = {sql.Bind(kind)}");
        sql.Append(" ORDER BY time, id LIMIT 1000");

        using var connection = database.OpenConnection();
        using var cmd = sql.ToCommand(connection);
        using var r = cmd.ExecuteReader();
        var events = new List<ChangeEvent>();
        while (r.Read())
            events.Add(new ChangeEvent
            {
                Id = r.GetString(0),
                System = r.IsDBNull(1) ? null : r.GetString(1),
                Kind = r.GetString(2),
                Title = r.GetString(3),
                Description = r.IsDBNull(4) ? null : r.GetString(4),
                Time = r.GetFieldValue<DateTimeOffset>(5).ToUniversalTime(),
                Source = r.GetString(6),
                Attributes = JsonSerializer.Deserialize<Dictionary<string, string>>(r.GetString(7)) ?? [],
            });
        return Task.FromResult<IReadOnlyList<ChangeEvent>>(events);
    }
}
