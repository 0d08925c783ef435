using Telltale.Core.Querying;

namespace Telltale.Storage.DuckDb;

/// <summary>Renders the session and user lists: traces are attributed to the session or user named on any of
/// their spans, and then all spans of those traces count (cost, errors).</summary>
internal static class EntitySql
{
    /// <param name="column">session_id or user_id: a fixed column name, never user input.</param>
    public static SqlBuilder Build(string projectId, EntityQuery q, string column, TimeSpan slack)
    {
        var sql = new SqlBuilder();
        var project = sql.Bind(projectId);
        sql.Append($"WITH owner AS (SELECT trace_id, max({column}) AS entity, max(user_id) AS user_id FROM spans" +
                   $" WHERE project_id = {project} AND {column} IS NOT NULL" +
                   $" AND start_time >= {sql.Bind(q.Range.From)} AND start_time < {sql.Bind(q.Range.To)}");
        if (q.System is not null) sql.Append($" AND system = {sql.Bind(q.System)}");
        if (q.UserId is not null) sql.Append($" AND user_id = {sql.Bind(q.UserId)}");
        sql.Append(" GROUP BY trace_id)");
        sql.Append($"""
             SELECT owner.entity, max(owner.user_id), arg_min(s.system, s.start_ns), min(s.start_ns), max(s.start_ns),
                    count(DISTINCT s.trace_id), count(DISTINCT s.trace_id) FILTER (WHERE s.status = 'error'),
                    coalesce(sum(s.cost_usd), 0), count(DISTINCT s.session_id)
             FROM spans s JOIN owner ON owner.trace_id = s.trace_id
             WHERE s.project_id = {project} AND s.start_time >= {sql.Bind(q.Range.From - slack)} AND s.start_time < {sql.Bind(q.Range.To + slack)}
             GROUP BY owner.entity ORDER BY max(s.start_ns) DESC, owner.entity
             LIMIT {sql.Bind(q.Limit)} OFFSET {sql.Bind(q.Offset)}
            """);
        return sql;
    }
}
