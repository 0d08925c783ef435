using System.Data.Common;
using Telltale.Core.Querying;

namespace Telltale.Storage.DuckDb;

/// <summary>Aggregates spans into trace summaries. The aggregate list and the ordinals below go together.</summary>
/// <remarks>Tokens are summed over model calls only, like cost and the metrics: emitters also put the summed usage
/// of child calls on grouping spans (M.E.AI's orchestrate_tools, agent and chain spans), which would count it twice.</remarks>
internal static class TraceSummaryReader
{
    public const string Aggregates = """
        trace_id,
        arg_min(system, start_ns) AS system,
        coalesce(max(name) FILTER (WHERE parent_span_id IS NULL), arg_min(name, start_ns)) AS root_name,
        min(start_ns) AS start_ns,
        (max(end_ns) - min(start_ns)) / 1e6 AS duration_ms,
        count(*) AS span_count,
        count(*) FILTER (WHERE kind = 'llm') AS llm_calls,
        bool_or(status = 'error') AS has_error,
        list(DISTINCT model ORDER BY model) FILTER (WHERE model IS NOT NULL) AS models,
        coalesce(sum(input_tokens) FILTER (WHERE kind IN ('llm', 'embedding')), 0)::BIGINT AS input_tokens,
        coalesce(sum(output_tokens) FILTER (WHERE kind IN ('llm', 'embedding')), 0)::BIGINT AS output_tokens,
        coalesce(sum(cost_usd), 0)::DECIMAL(18, 9) AS cost_usd,
        max(user_id) AS user_id,
        max(session_id) AS session_id,
        max(environment) AS environment
        """;

    public static TraceSummary Read(DbDataReader r) => new()
    {
        TraceId = r.GetString(0),
        System = r.GetString(1),
        RootName = r.IsDBNull(2) ? null : r.GetString(2),
        StartTime = UnixNanos.ToDateTimeOffset(r.GetInt64(3)),
        DurationMs = r.GetDouble(4),
        SpanCount = (int)r.GetInt64(5),
        LlmCallCount = (int)r.GetInt64(6),
        Status = r.GetBoolean(7) ? "error" : "ok",
        Models = r.IsDBNull(8) ? [] : r.GetFieldValue<List<string>>(8),
        InputTokens = Convert.ToInt64(r.GetValue(9)),
        OutputTokens = Convert.ToInt64(r.GetValue(10)),
        CostUsd = Convert.ToDecimal(r.GetValue(11)),
        UserId = r.IsDBNull(12) ? null : r.GetString(12),
        SessionId = r.IsDBNull(13) ? null : r.GetString(13),
        Environment = r.IsDBNull(14) ? null : r.GetString(14),
    };
}
