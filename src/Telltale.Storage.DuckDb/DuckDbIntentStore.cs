using Telltale.Core.Intents;
using Telltale.Core.Querying;

namespace Telltale.Storage.DuckDb;

/// <summary>Trace intents in the embedded file. Rows are only appended; readers take the newest tag per trace.</summary>
public sealed class DuckDbIntentStore(DuckDbDatabase database, TimeProvider time) : IIntentStore
{
    private const string Columns = "trace_id, session_id, system, intent, confidence, source, time";

    public Task AddManyAsync(string projectId, IReadOnlyList<TraceIntent> intents, CancellationToken ct)
    {
        var taggedAt = time.GetUtcNow();
        database.InTransaction(c =>
        {
            foreach (var i in intents)
            {
                c.Execute($"INSERT INTO trace_intents (project_id, {Columns}, tagged_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                    projectId, i.TraceId, i.SessionId, i.System, i.Intent, i.Confidence, i.Source, i.Time, taggedAt);
            }
        });
        return Task.CompletedTask;
    }

    public Task<IReadOnlyDictionary<string, TraceIntent>> ForTracesAsync(string projectId, IReadOnlyCollection<string> traceIds, CancellationToken ct)
    {
        if (traceIds.Count == 0) return Task.FromResult<IReadOnlyDictionary<string, TraceIntent>>(new Dictionary<string, TraceIntent>());
        var rows = database.Query(
            $"SELECT {Columns} FROM trace_intents WHERE project_id = $1 AND trace_id IN (SELECT unnest($2::VARCHAR[])) " +
            "QUALIFY row_number() OVER (PARTITION BY trace_id ORDER BY tagged_at DESC) = 1",
            Read, projectId, traceIds.ToArray());
        return Task.FromResult<IReadOnlyDictionary<string, TraceIntent>>(rows.ToDictionary(r => r.TraceId));
    }

    public Task<IReadOnlyList<TraceIntent>> ListAsync(string projectId, TimeRange range, int limit, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<TraceIntent>>(database.Query(
            $"SELECT {Columns} FROM trace_intents WHERE project_id = $1 AND time >= $2 AND time < $3 " +
            "QUALIFY row_number() OVER (PARTITION BY trace_id ORDER BY tagged_at DESC) = 1 ORDER BY time, trace_id LIMIT $4",
            Read, projectId, range.From, range.To, limit));

    public Task<IReadOnlyDictionary<string, long>> CountBySystemAsync(string projectId, TimeRange range, CancellationToken ct) =>
        Task.FromResult<IReadOnlyDictionary<string, long>>(database.Query(
                "SELECT system, count(DISTINCT trace_id) FROM trace_intents WHERE project_id = $1 AND time >= $2 AND time < $3 GROUP BY system",
                r => (System: r.GetString(0), Count: r.GetInt64(1)), projectId, range.From, range.To)
            .ToDictionary(r => r.System, r => r.Count));

    private static TraceIntent Read(System.Data.Common.DbDataReader r) => new()
    {
        TraceId = r.GetString(0),
        SessionId = r.IsDBNull(1) ? null : r.GetString(1),
        System = r.GetString(2),
        Intent = r.GetString(3),
        Confidence = r.GetDouble(4),
        Source = r.GetString(5),
        Time = r.GetFieldValue<DateTimeOffset>(6).ToUniversalTime(),
    };
}
