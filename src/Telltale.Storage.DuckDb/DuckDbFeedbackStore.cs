using System.Data.Common;
using Telltale.Core.Feedback;
using Telltale.Core.Querying;

namespace Telltale.Storage.DuckDb;

/// <summary>User feedback in the embedded file, and its per-system summaries.</summary>
public sealed class DuckDbFeedbackStore(DuckDbDatabase database) : IFeedbackStore
{
    private const string Columns = "id, kind, trace_id, span_id, session_id, user_id, system, value, comment, original_text, edited_text, time";

    public Task AddAsync(string projectId, FeedbackRecord f, CancellationToken ct)
    {
        using var connection = database.OpenConnection();
        Insert(connection, projectId, f);
        return Task.CompletedTask;
    }

    public Task AddManyAsync(string projectId, IReadOnlyList<FeedbackRecord> feedback, CancellationToken ct)
    {
        database.InTransaction(c =>
        {
            foreach (var f in feedback) Insert(c, projectId, f);
        });
        return Task.CompletedTask;
    }

    private static void Insert(DuckDB.NET.Data.DuckDBConnection connection, string projectId, FeedbackRecord f) =>
        connection.Execute($"INSERT INTO feedback (project_id, {Columns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
            projectId, f.Id, f.Kind, f.TraceId, f.SpanId, f.SessionId, f.UserId, f.System, f.Value, f.Comment, f.OriginalText, f.EditedText, f.Time);

    public Task<IReadOnlyList<FeedbackRecord>> ListAsync(string projectId, TimeRange range, string? traceId, string? kind, int limit, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<FeedbackRecord>>(database.Query(
            $"SELECT {Columns} FROM feedback WHERE project_id = $1 AND time >= $2 AND time < $3 " +
            "AND ($4::VARCHAR IS NULL OR trace_id = $4::VARCHAR) AND ($5::VARCHAR IS NULL OR kind = $5::VARCHAR) ORDER BY time DESC, id LIMIT $6",
            Read, projectId, range.From, range.To, traceId, kind, limit));

    /// <summary>The summary figures; the ordinals in <see cref="ReadSummary"/> follow this list.</summary>
    private const string SummaryAggregates = """
        count(*) FILTER (WHERE kind = 'thumbs'), avg(value) FILTER (WHERE kind = 'thumbs'),
        count(*) FILTER (WHERE kind = 'rating'), avg(value) FILTER (WHERE kind = 'rating'),
        count(*) FILTER (WHERE kind = 'csat'), avg(value) FILTER (WHERE kind = 'csat'),
        count(*) FILTER (WHERE kind = 'edit'), avg(value) FILTER (WHERE kind = 'edit'),
        count(*) FILTER (WHERE kind = 'accepted' AND value = 1), count(*) FILTER (WHERE kind = 'escalated' AND value = 1),
        count(*) FILTER (WHERE kind = 'abandoned' AND value = 1)
        """;

    public Task<IReadOnlyList<FeedbackSummary>> SummarizeAsync(string projectId, TimeRange range, string? system, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<FeedbackSummary>>(database.Query($"""
            SELECT system, {SummaryAggregates}
            FROM feedback WHERE project_id = $1 AND time >= $2 AND time < $3 AND ($4::VARCHAR IS NULL OR system = $4::VARCHAR)
            GROUP BY system ORDER BY system
            """,
            r => ReadSummary(r, S(r, 0), null), projectId, range.From, range.To, system));

    public Task<IReadOnlyList<FeedbackSummary>> SummarizeByIntentAsync(string projectId, TimeRange range, string? system, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<FeedbackSummary>>(database.Query($"""
            SELECT {IntentSql.ItemIntent} AS intent, {SummaryAggregates}
            FROM {IntentSql.JoinedTo("feedback", "$1")}
            WHERE x.project_id = $1 AND x.time >= $2 AND x.time < $3 AND ($4::VARCHAR IS NULL OR x.system = $4::VARCHAR)
            GROUP BY 1 ORDER BY 1 NULLS LAST
            """,
            r => ReadSummary(r, system, S(r, 0)), projectId, range.From, range.To, system));

    private static FeedbackSummary ReadSummary(DbDataReader r, string? system, string? intent) =>
        new(system, r.GetInt64(1), D(r, 2), r.GetInt64(3), D(r, 4), r.GetInt64(5), D(r, 6), r.GetInt64(7), D(r, 8), r.GetInt64(9),
            r.GetInt64(10), r.GetInt64(11)) { Intent = intent };

    public Task<IReadOnlyList<Core.Quality.QualityPoint>> SeriesAsync(string projectId, TimeRange range, TimeSpan step, string? system, CancellationToken ct)
    {
        var rows = database.Query("""
            SELECT time_bucket(to_microseconds($4::BIGINT), time, $2::TIMESTAMPTZ) AS bucket,
                   count(*) FILTER (WHERE kind = 'thumbs'), avg(value) FILTER (WHERE kind = 'thumbs'),
                   count(*) FILTER (WHERE kind = 'csat'), avg(value) FILTER (WHERE kind = 'csat'),
                   count(*) FILTER (WHERE kind = 'rating'), avg(value) FILTER (WHERE kind = 'rating'),
                   count(*) FILTER (WHERE kind = 'edit'), avg(value) FILTER (WHERE kind = 'edit'),
                   count(*) FILTER (WHERE kind = 'escalated' AND value = 1), count(*) FILTER (WHERE kind = 'abandoned' AND value = 1)
            FROM feedback WHERE project_id = $1 AND time >= $2 AND time < $3 AND ($5::VARCHAR IS NULL OR system = $5::VARCHAR)
            GROUP BY bucket ORDER BY bucket
            """,
            r =>
            {
                var t = r.GetFieldValue<DateTimeOffset>(0).ToUniversalTime();
                return new[]
                {
                    new Core.Quality.QualityPoint("thumbsUpRate", t, r.GetInt64(1), D(r, 2)),
                    new Core.Quality.QualityPoint("csat", t, r.GetInt64(3), D(r, 4)),
                    new Core.Quality.QualityPoint("meanRating", t, r.GetInt64(5), D(r, 6)),
                    new Core.Quality.QualityPoint("editRatio", t, r.GetInt64(7), D(r, 8)),
                    new Core.Quality.QualityPoint("escalations", t, r.GetInt64(9), r.GetInt64(9)),
                    new Core.Quality.QualityPoint("abandonments", t, r.GetInt64(10), r.GetInt64(10)),
                };
            },
            projectId, range.From, range.To, (long)step.TotalMicroseconds, system);
        // A metric with no responses in a bucket has no point there (a gap in the chart, not a zero).
        return Task.FromResult<IReadOnlyList<Core.Quality.QualityPoint>>(rows.SelectMany(p => p).Where(p => p.Count > 0).ToList());
    }

    private static double? D(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDouble(i);

    private static FeedbackRecord Read(DbDataReader r) => new()
    {
        Id = r.GetString(0),
        Kind = r.GetString(1),
        TraceId = S(r, 2),
        SpanId = S(r, 3),
        SessionId = S(r, 4),
        UserId = S(r, 5),
        System = S(r, 6),
        Value = D(r, 7),
        Comment = S(r, 8),
        OriginalText = S(r, 9),
        EditedText = S(r, 10),
        Time = r.GetFieldValue<DateTimeOffset>(11).ToUniversalTime(),
    };

    private static string? S(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
