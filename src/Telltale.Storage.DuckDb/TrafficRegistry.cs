using DuckDB.NET.Data;
using Telltale.Core.Changes;
using Telltale.Core.Model;
using Telltale.Core.Projects;
using Telltale.Core.Querying;

namespace Telltale.Storage.DuckDb;

/// <summary>
/// What the writer has already seen: AI systems (registered on first sight with environment and version) and the
/// models answering for each. Something new for a system that already had traffic is a change, recorded as a change
/// event in the same transaction as the spans that revealed it. Cached in memory so the hot path checks hash sets.
/// </summary>
internal sealed class TrafficRegistry
{
    private readonly HashSet<SystemSighting> _systems = [];
    private readonly HashSet<(string Project, string System)> _systemNames = [];
    private readonly HashSet<(string Project, string System, string Version)> _versions = [];
    private readonly HashSet<ModelSighting> _models = [];
    private readonly HashSet<(string Project, string System)> _systemsWithModels = [];

    public static TrafficRegistry Load(DuckDBConnection connection)
    {
        var registry = new TrafficRegistry();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT project_id, name, environment, version FROM systems";
        using (var reader = cmd.ExecuteReader())
            while (reader.Read())
                registry.Remember(new SystemSighting(reader.GetString(0), reader.GetString(1),
                    reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), 0));
        cmd.CommandText = "SELECT project_id, system, model FROM models_seen";
        using (var reader = cmd.ExecuteReader())
            while (reader.Read())
                registry.Remember(new ModelSighting(reader.GetString(0), reader.GetString(1), reader.GetString(2), 0));
        return registry;
    }

    public void Observe(string projectId, AiSpan span, TrafficChanges changes)
    {
        ObserveSystem(new SystemSighting(projectId, span.System, span.Environment, span.ServiceVersion, span.StartUnixNano), changes);
        if (span.Kind is AiSpanKind.Llm or AiSpanKind.Embedding && span.Model is { } model)
            ObserveModel(new ModelSighting(projectId, span.System, model, span.StartUnixNano), changes);
    }

    private void ObserveSystem(SystemSighting s, TrafficChanges changes)
    {
        if (_systems.Contains(s) || changes.Systems.Contains(s)) return;
        var known = _systemNames.Contains((s.ProjectId, s.Name)) || changes.Systems.Any(c => c.ProjectId == s.ProjectId && c.Name == s.Name);
        var newVersion = s.Version is not null && !_versions.Contains((s.ProjectId, s.Name, s.Version))
            && !changes.Systems.Any(c => c.ProjectId == s.ProjectId && c.Name == s.Name && c.Version == s.Version);
        changes.Systems.Add(s);
        if (known && newVersion)
            changes.Events.Add((s.ProjectId, Detected(ChangeKinds.ServiceVersionSeen, s.Name, s.FirstSeenUnixNano,
                $"{s.Name} {s.Version} seen in traffic", $"First span from service.version {s.Version}" +
                (s.Environment is null ? "." : $" in {s.Environment}."), ("service.version", s.Version!))));
    }

    private void ObserveModel(ModelSighting m, TrafficChanges changes)
    {
        if (_models.Contains(m) || changes.Models.Contains(m)) return;
        var hadModels = _systemsWithModels.Contains((m.ProjectId, m.System)) || changes.Models.Any(c => c.ProjectId == m.ProjectId && c.System == m.System);
        changes.Models.Add(m);
        if (hadModels)
            changes.Events.Add((m.ProjectId, Detected(ChangeKinds.ModelVersionSeen, m.System, m.FirstSeenUnixNano,
                $"{m.System}: new model {m.Model} answering", $"First call answered by {m.Model} for {m.System}.", ("model", m.Model))));
    }

    private static ChangeEvent Detected(string kind, string system, long unixNano, string title, string description, (string Key, string Value) attribute) => new()
    {
        Id = ApiKeySecrets.NewId(),
        Kind = kind,
        System = system,
        Title = title,
        Description = description,
        Time = UnixNanos.ToDateTimeOffset(unixNano),
        Source = "traffic",
        Attributes = new Dictionary<string, string> { [attribute.Key] = attribute.Value },
    };

    /// <summary>Called after the transaction that recorded them committed.</summary>
    public void MarkKnown(TrafficChanges changes)
    {
        foreach (var s in changes.Systems) Remember(s);
        foreach (var m in changes.Models) Remember(m);
    }

    private void Remember(SystemSighting s)
    {
        _systems.Add(s);
        _systemNames.Add((s.ProjectId, s.Name));
        if (s.Version is not null) _versions.Add((s.ProjectId, s.Name, s.Version));
    }

    private void Remember(ModelSighting m)
    {
        _models.Add(m);
        _systemsWithModels.Add((m.ProjectId, m.System));
    }

    public static void Insert(DuckDBConnection connection, TrafficChanges changes)
    {
        if (changes.Systems.Count > 0)
        {
            using var appender = connection.CreateAppender("systems");
            foreach (var s in changes.Systems)
                appender.CreateRow().AppendValue(s.ProjectId).AppendValue(s.Name).AppendValue(s.Environment).AppendValue(s.Version)
                    .AppendValue((DateTimeOffset?)UnixNanos.ToDateTimeOffset(s.FirstSeenUnixNano)).EndRow();
        }
        if (changes.Models.Count > 0)
        {
            using var appender = connection.CreateAppender("models_seen");
            foreach (var m in changes.Models)
                appender.CreateRow().AppendValue(m.ProjectId).AppendValue(m.System).AppendValue(m.Model)
                    .AppendValue((DateTimeOffset?)UnixNanos.ToDateTimeOffset(m.FirstSeenUnixNano)).EndRow();
        }
        foreach (var (projectId, change) in changes.Events) DuckDbChangeStore.Insert(connection, projectId, change);
    }
}

/// <summary>What one write revealed that was not known before.</summary>
internal sealed class TrafficChanges
{
    public List<SystemSighting> Systems { get; } = [];
    public List<ModelSighting> Models { get; } = [];
    public List<(string ProjectId, ChangeEvent Change)> Events { get; } = [];
}

/// <summary>Equality ignores the time: two sightings of the same system are the same system.</summary>
internal readonly record struct SystemSighting(string ProjectId, string Name, string? Environment, string? Version, long FirstSeenUnixNano)
{
    public bool Equals(SystemSighting other) =>
        ProjectId == other.ProjectId && Name == other.Name && Environment == other.Environment && Version == other.Version;

    public override int GetHashCode() => HashCode.Combine(ProjectId, Name, Environment, Version);
}

/// <summary>Equality ignores the time, as for systems.</summary>
internal readonly record struct ModelSighting(string ProjectId, string System, string Model, long FirstSeenUnixNano)
{
    public bool Equals(ModelSighting other) => ProjectId == other.ProjectId && System == other.System && Model == other.Model;

    public override int GetHashCode() => HashCode.Combine(ProjectId, System, Model);
}
