using System.Data.Common;
using DuckDB.NET.Data;
using Telltale.Core.Alerting;
using Telltale.Core.Querying;
using Telltale.Core.Scores;

namespace Telltale.Storage.DuckDb;

/// <summary>Scores in the embedded file: posted through the API, or arrived as OTLP evaluation events.</summary>
public sealed class DuckDbScoreStore(DuckDbDatabase database) : IScoreStore
{
    private const string Columns = "id, name, data_type, numeric_value, string_value, trace_id, span_id, session_id, system, comment, source, time";

    public Task AddAsync(string projectId, ScoreRecord score, CancellationToken ct)
    {
        using var connection = database.OpenConnection();
        Insert(connection, projectId, score);
        return Task.CompletedTask;
    }

    internal static void Insert(DuckDBConnection connection, string projectId, ScoreRecord s) =>
        connection.Execute($"INSERT INTO scores (project_id, {Columns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
            projectId, s.Id, s.Name, s.DataType, s.NumericValue, s.StringValue, s.TraceId, s.SpanId, s.SessionId, s.System, s.Comment, s.Source, s.Time);

    public Task AddManyAsync(string projectId, IReadOnlyList<ScoreRecord> scores, CancellationToken ct)
    {
        database.InTransaction(c =>
        {
            foreach (var score in scores) Insert(c, projectId, score);
        });
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ScoreSummary>> SummarizeAsync(string projectId, TimeRange range, string name, CancellationToken ct) =>
        Summarize("name = $4", projectId, range, name);

    public Task<IReadOnlyList<ScoreSummary>> SummarizeQualityAsync(string projectId, TimeRange range, CancellationToken ct) =>
        Summarize("numeric_value BETWEEN 0 AND 1", projectId, range);

    private Task<IReadOnlyList<ScoreSummary>> Summarize(string condition, string projectId, TimeRange range, params object?[] more) =>
        Task.FromResult<IReadOnlyList<ScoreSummary>>(database.Query(
            "SELECT system, count(numeric_value), avg(numeric_value) FROM scores WHERE project_id = $1 " +
            $"AND time >= $2 AND time < $3 AND {condition} GROUP BY system ORDER BY system",
            r => new ScoreSummary(r.IsDBNull(0) ? null : r.GetString(0), r.GetInt64(1), r.IsDBNull(2) ? null : r.GetDouble(2)),
            [projectId, range.From, range.To, .. more]));

    public Task<IReadOnlyList<Core.Quality.QualityPoint>> SeriesAsync(string projectId, TimeRange range, TimeSpan step, string? system, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Core.Quality.QualityPoint>>(database.Query(
            "SELECT name, time_bucket(to_microseconds($4::BIGINT), time, $2::TIMESTAMPTZ) AS bucket, count(numeric_value), avg(numeric_value) " +
            "FROM scores WHERE project_id = $1 AND time >= $2 AND time < $3 AND numeric_value IS NOT NULL " +
            "AND ($5::VARCHAR IS NULL OR system = $5::VARCHAR) GROUP BY name, bucket ORDER BY name, bucket",
            r => new Core.Quality.QualityPoint(ScoreRuleMetrics.Prefix + r.GetString(0), r.GetFieldValue<DateTimeOffset>(1).ToUniversalTime(), r.GetInt64(2), r.GetDouble(3)),
            projectId, range.From, range.To, (long)step.TotalMicroseconds, system));

    public Task<IReadOnlyList<ScoreNameSummary>> SummarizeNamesAsync(string projectId, TimeRange range, string? system, bool byIntent,
        CancellationToken ct)
    {
        var group = byIntent ? IntentSql.ItemIntent : "x.system";
        return Task.FromResult<IReadOnlyList<ScoreNameSummary>>(database.Query($"""
            SELECT x.name, {group}, count(x.numeric_value), avg(x.numeric_value)
            FROM {(byIntent ? IntentSql.JoinedTo("scores", "$1") : "scores x")}
            WHERE x.project_id = $1 AND x.time >= $2 AND x.time < $3 AND x.numeric_value IS NOT NULL
              AND ($4::VARCHAR IS NULL OR x.system = $4::VARCHAR)
            GROUP BY 1, 2 ORDER BY 1, 2 NULLS LAST
            """,
            r =>
            {
                var key = r.IsDBNull(1) ? null : r.GetString(1);
                return new ScoreNameSummary(r.GetString(0), byIntent ? system : key, byIntent ? key : null, r.GetInt64(2), r.IsDBNull(3) ? null : r.GetDouble(3));
            },
            projectId, range.From, range.To, system));
    }

    public Task<IReadOnlyList<ScoreRecord>> ListAsync(string projectId, TimeRange range, string? traceId, string? name, int limit, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<ScoreRecord>>(database.Query(
            $"SELECT {Columns} FROM scores WHERE project_id = $1 AND time >= $2 AND time < $3 " +
            "AND ($4::VARCHAR IS NULL OR trace_id = $4::VARCHAR) AND ($5::VARCHAR IS NULL OR name = $5::VARCHAR) ORDER BY time DESC, id LIMIT $6",
            Read, projectId, range.From, range.To, traceId, name, limit));

    public Task<IReadOnlyList<ScoreRecord>> QueryAsync(string projectId, ScoreQuery query, CancellationToken ct)
    {
        var sql = new SqlBuilder();
        sql.Append($"SELECT {Columns} FROM scores WHERE project_id = {sql.Bind(projectId)}");
        if (query.Range is { } range) sql.Append($" AND time >= {sql.Bind(range.From)} AND time < {sql.Bind(range.To)}");
        AnyOf(sql, "trace_id", query.TraceIds);
        AnyOf(sql, "name", query.Names);
        AnyOf(sql, "source", query.Sources);
        sql.Append($" ORDER BY time DESC, id LIMIT {sql.Bind(query.Limit)}");
        return Task.FromResult<IReadOnlyList<ScoreRecord>>(database.Query(sql, Read));
    }

    private static void AnyOf(SqlBuilder sql, string column, IReadOnlyCollection<string>? values)
    {
        if (values is not null) sql.Append($" AND {column} IN (SELECT unnest({sql.Bind(values.ToArray())}::VARCHAR[]))");
    }

    private static ScoreRecord Read(DbDataReader r) => new()
    {
        Id = r.GetString(0),
        Name = r.GetString(1),
        DataType = r.GetString(2),
        NumericValue = r.IsDBNull(3) ? null : r.GetDouble(3),
        StringValue = r.IsDBNull(4) ? null : r.GetString(4),
        TraceId = r.IsDBNull(5) ? null : r.GetString(5),
        SpanId = r.IsDBNull(6) ? null : r.GetString(6),
        SessionId = r.IsDBNull(7) ? null : r.GetString(7),
        System = r.IsDBNull(8) ? null : r.GetString(8),
        Comment = r.IsDBNull(9) ? null : r.GetString(9),
        Source = r.GetString(10),
        Time = r.GetFieldValue<DateTimeOffset>(11).ToUniversalTime(),
    };
}
