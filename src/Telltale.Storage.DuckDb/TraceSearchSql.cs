using Telltale.Core.Querying;

namespace Telltale.Storage.DuckDb;

/// <summary>Renders a trace search: find traces with a matching span, then summarise all their spans.</summary>
internal static class TraceSearchSql
{
    public static SqlBuilder Build(string projectId, TraceQuery q, TimeSpan slack)
    {
        var sql = new SqlBuilder();
        var project = sql.Bind(projectId);
        sql.Append($"WITH matched AS (SELECT DISTINCT trace_id FROM spans WHERE project_id = {project}" +
                   $" AND start_time >= {sql.Bind(q.Range.From)} AND start_time < {sql.Bind(q.Range.To)}");
        if (q.System is not null) sql.Append($" AND system = {sql.Bind(q.System)}");
        if (q.Model is not null) sql.Append($" AND (model = {sql.Bind(q.Model)} OR request_model = {sql.Bind(q.Model)})");
        if (q.UserId is not null) sql.Append($" AND user_id = {sql.Bind(q.UserId)}");
        if (q.SessionId is not null) sql.Append($" AND session_id = {sql.Bind(q.SessionId)}");
        if (q.Tag is not null) sql.Append($" AND tags LIKE {sql.Bind("%" + JsonQuoted(q.Tag) + "%")}");
        if (!string.IsNullOrWhiteSpace(q.Text))
        {
            var text = sql.Bind("%" + EscapeLike(q.Text) + "%");
            sql.Append($" AND (input_messages ILIKE {text} ESCAPE '\\' OR output_messages ILIKE {text} ESCAPE '\\'" +
                       $" OR input_value ILIKE {text} ESCAPE '\\' OR output_value ILIKE {text} ESCAPE '\\'" +
                       $" OR trace_id IN (SELECT trace_id FROM log_records WHERE project_id = {project}" +
                       $" AND (input_messages ILIKE {text} ESCAPE '\\' OR output_messages ILIKE {text} ESCAPE '\\')))");
        }
        sql.Append(")");

        sql.Append($" SELECT {TraceSummaryReader.Aggregates} FROM spans WHERE project_id = {project}" +
                   $" AND start_time >= {sql.Bind(q.Range.From - slack)} AND start_time < {sql.Bind(q.Range.To + slack)}" +
                   " AND trace_id IN (SELECT trace_id FROM matched) GROUP BY trace_id HAVING true");
        if (q.Status is "error") sql.Append(" AND bool_or(status = 'error')");
        if (q.Status is "ok") sql.Append(" AND NOT bool_or(status = 'error')");
        if (q.MinDurationMs is { } minMs) sql.Append($" AND (max(end_ns) - min(start_ns)) / 1e6 >= {sql.Bind(minMs)}");
        if (q.MinCostUsd is { } minCost) sql.Append($" AND coalesce(sum(cost_usd), 0) >= {sql.Bind(minCost)}");
        sql.Append($" ORDER BY start_ns DESC, trace_id LIMIT {sql.Bind(q.Limit + 1)} OFFSET {sql.Bind(q.Offset)}");
        return sql;
    }

    private static string JsonQuoted(string tag) => System.Text.Json.JsonSerializer.Serialize(tag);

    private static string EscapeLike(string text) => text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
