using System.Data.Common;
using Telltale.Core.Review;
using Telltale.Core.Scores;

namespace Telltale.Storage.DuckDb;

/// <summary>The review queue in the embedded file: one row per queued trace, updated as reviewers finish items.</summary>
public sealed class DuckDbReviewQueueStore(DuckDbDatabase database) : IReviewQueueStore
{
    private const string Columns = "id, trace_id, system, session_id, stratum, trace_time, week_start, weight, weight_score, sampled_at, " +
                                   "status, assignee, completed_at, completed_by, comment";
    private const string QueueOrder = "ORDER BY week_start, trace_time, id";

    public Task<int> AddManyAsync(string projectId, IReadOnlyList<ReviewItem> items, CancellationToken ct)
    {
        var added = 0;
        database.InTransaction(c =>
        {
            // The check and the insert share the transaction, so a trace cannot be queued twice even by two samplers.
            foreach (var i in items)
            {
                added += c.Execute(
                    $"INSERT INTO review_items (project_id, {Columns}) SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16 " +
                    "WHERE NOT EXISTS (SELECT 1 FROM review_items WHERE project_id = $1 AND trace_id = $3)",
                    projectId, i.Id, i.TraceId, i.System, i.SessionId, i.Stratum, i.TraceTime, i.WeekStart, i.Weight, i.WeightScore, i.SampledAt,
                    i.Status, i.Assignee, i.CompletedAt, i.CompletedBy, i.Comment);
            }
        });
        return Task.FromResult(added);
    }

    public Task<IReadOnlyList<ReviewItem>> ListAsync(string projectId, string? status, string? assignee, int limit, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<ReviewItem>>(database.Query(
            $"SELECT {Columns} FROM review_items WHERE project_id = $1 AND ($2::VARCHAR IS NULL OR status = $2::VARCHAR) " +
            $"AND ($3::VARCHAR IS NULL OR assignee = $3::VARCHAR) {QueueOrder} LIMIT $4",
            Read, projectId, status, assignee, limit));

    public Task<ReviewItem?> GetAsync(string projectId, string id, CancellationToken ct) =>
        Task.FromResult(database.Query($"SELECT {Columns} FROM review_items WHERE project_id = $1 AND id = $2", Read, projectId, id).FirstOrDefault());

    public Task<ReviewQueueCounts> CountAsync(string projectId, CancellationToken ct) =>
        Task.FromResult(database.Query(
            "SELECT count(*) FILTER (WHERE status = $2), count(*) FILTER (WHERE status = $3), count(*) FILTER (WHERE status = $4) " +
            "FROM review_items WHERE project_id = $1",
            r => new ReviewQueueCounts(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2)),
            projectId, ReviewStatus.Pending, ReviewStatus.Done, ReviewStatus.Skipped).Single());

    public Task<IReadOnlySet<string>> QueuedTracesAsync(string projectId, IReadOnlyCollection<string> traceIds, CancellationToken ct)
    {
        if (traceIds.Count == 0) return Task.FromResult<IReadOnlySet<string>>(new HashSet<string>());
        return Task.FromResult<IReadOnlySet<string>>(database.Query(
            "SELECT trace_id FROM review_items WHERE project_id = $1 AND trace_id IN (SELECT unnest($2::VARCHAR[]))",
            r => r.GetString(0), projectId, traceIds.ToArray()).ToHashSet());
    }

    public Task<IReadOnlyDictionary<string, int>> CountByStratumAsync(string projectId, DateTimeOffset weekStart, CancellationToken ct) =>
        Task.FromResult<IReadOnlyDictionary<string, int>>(database.Query(
            "SELECT stratum, count(*) FROM review_items WHERE project_id = $1 AND week_start = $2 GROUP BY stratum",
            r => (Stratum: r.GetString(0), Count: (int)r.GetInt64(1)), projectId, weekStart).ToDictionary(x => x.Stratum, x => x.Count));

    public Task<bool> CompleteAsync(string projectId, string id, ReviewCompletion completion, IReadOnlyList<ScoreRecord> scores, CancellationToken ct)
    {
        var completed = false;
        database.InTransaction(c =>
        {
            completed = c.Execute(
                "UPDATE review_items SET status = $3, completed_at = $4, completed_by = $5, comment = $6 " +
                "WHERE project_id = $1 AND id = $2 AND status = $7",
                projectId, id, completion.Status, completion.At, completion.By, completion.Comment, ReviewStatus.Pending) == 1;
            // Scores only with the item they belong to: an item someone else finished first gets none of ours.
            if (!completed) return;
            foreach (var score in scores) DuckDbScoreStore.Insert(c, projectId, score);
        });
        return Task.FromResult(completed);
    }

    public Task<bool> AssignAsync(string projectId, string id, string? assignee, CancellationToken ct) =>
        Task.FromResult(database.Execute("UPDATE review_items SET assignee = $3 WHERE project_id = $1 AND id = $2", projectId, id, assignee) == 1);

    private static ReviewItem Read(DbDataReader r) => new()
    {
        Id = r.GetString(0),
        TraceId = r.GetString(1),
        System = r.GetString(2),
        SessionId = r.IsDBNull(3) ? null : r.GetString(3),
        Stratum = r.GetString(4),
        TraceTime = r.GetFieldValue<DateTimeOffset>(5).ToUniversalTime(),
        WeekStart = r.GetFieldValue<DateTimeOffset>(6).ToUniversalTime(),
        Weight = r.GetDouble(7),
        WeightScore = r.IsDBNull(8) ? null : r.GetDouble(8),
        SampledAt = r.GetFieldValue<DateTimeOffset>(9).ToUniversalTime(),
        Status = r.GetString(10),
        Assignee = r.IsDBNull(11) ? null : r.GetString(11),
        CompletedAt = r.IsDBNull(12) ? null : r.GetFieldValue<DateTimeOffset>(12).ToUniversalTime(),
        CompletedBy = r.IsDBNull(13) ? null : r.GetString(13),
        Comment = r.IsDBNull(14) ? null : r.GetString(14),
    };
}
