using DuckDB.NET.Data;
using Telltale.Core.Model;

namespace Telltale.Storage.DuckDb;

/// <summary>AI systems are registered on first sight: one row per (project, service.name, environment, version).
/// The set of known ones is cached so the hot path checks a hash set, not the database.</summary>
internal sealed class SystemRegistry
{
    private readonly HashSet<SystemSighting> _known = [];

    public static SystemRegistry Load(DuckDBConnection connection)
    {
        var registry = new SystemRegistry();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT project_id, name, environment, version FROM systems";
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
            registry._known.Add(new SystemSighting(reader.GetString(0), reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), 0));
        return registry;
    }

    public void Observe(string projectId, AiSpan span, List<SystemSighting> newSystems)
    {
        var sighting = new SystemSighting(projectId, span.System, span.Environment, span.ServiceVersion, span.StartUnixNano);
        if (_known.Contains(sighting) || newSystems.Contains(sighting)) return;
        newSystems.Add(sighting);
    }

    public void MarkKnown(List<SystemSighting> sightings)
    {
        foreach (var s in sightings) _known.Add(s);
    }

    public static void Insert(DuckDBConnection connection, List<SystemSighting> sightings)
    {
        if (sightings.Count == 0) return;
        using var appender = connection.CreateAppender("systems");
        foreach (var s in sightings)
        {
            appender.CreateRow()
                .AppendValue(s.ProjectId)
                .AppendValue(s.Name)
                .AppendValue(s.Environment)
                .AppendValue(s.Version)
                .AppendValue((DateTimeOffset?)Telltale.Core.Querying.UnixNanos.ToDateTimeOffset(s.FirstSeenUnixNano))
                .EndRow();
        }
    }
}

/// <summary>Equality ignores the time: two sightings of the same system are the same system.</summary>
internal readonly record struct SystemSighting(string ProjectId, string Name, string? Environment, string? Version, long FirstSeenUnixNano)
{
    public bool Equals(SystemSighting other) =>
        ProjectId == other.ProjectId && Name == other.Name && Environment == other.Environment && Version == other.Version;

    public override int GetHashCode() => HashCode.Combine(ProjectId, Name, Environment, Version);
}
