using System.Data.Common;
using DuckDB.NET.Data;
using Telltale.Core.Querying;

namespace Telltale.Storage.DuckDb;

/// <summary>
/// Renders a <see cref="MetricsQuery"/> in DuckDB SQL and reads the result: one pass for the totals of each group
/// (which also picks the busiest groups), one for the time series when a step is given.
/// </summary>
internal static class MetricsSqlRenderer
{
    private static string Measures(MetricsQuery q)
    {
        var quantile = q.ApproximatePercentiles ? "approx_quantile" : "quantile_cont";
        var percentiles = q.Percentiles
            ? $"{quantile}(duration_ms, 0.5), {quantile}(duration_ms, 0.95), {quantile}(duration_ms, 0.99), {quantile}(ttft_ms, 0.5), {quantile}(ttft_ms, 0.95)"
            : "NULL::DOUBLE, NULL::DOUBLE, NULL::DOUBLE, NULL::DOUBLE, NULL::DOUBLE";
        return $"""
        count(*),
        count(*) FILTER (WHERE status = 'error'),
        {percentiles},
        coalesce(sum(input_tokens), 0)::BIGINT, coalesce(sum(output_tokens), 0)::BIGINT,
        coalesce(sum(cache_read_tokens), 0)::BIGINT, coalesce(sum(reasoning_tokens), 0)::BIGINT,
        count(*) FILTER (WHERE tokens_estimated),
        coalesce(sum(cost_usd), 0)::DECIMAL(18, 9),
        count(DISTINCT trace_id),
        count(*) FILTER (WHERE rate_limited),
        count(*) FILTER (WHERE is_fallback)
        """;
    }

    public static MetricsResult Run(DuckDBConnection connection, string projectId, MetricsQuery q)
    {
        var groupCount = q.GroupBy.Count;
        var totals = new List<(string?[] Key, MetricValues Values)>();
        var points = new Dictionary<string, List<MetricPoint>>();
        var rangeSeconds = (q.Range.To - q.Range.From).TotalSeconds;

        // One scan: with a step, GROUPING SETS yields each group's buckets and its totals (bucket NULL) together.
        using (var cmd = Render(projectId, q).ToCommand(connection))
        using (var reader = cmd.ExecuteReader())
        {
            while (reader.Read())
            {
                var key = ReadKey(reader, 1, groupCount);
                if (reader.IsDBNull(0))
                {
                    totals.Add((key, ReadValues(reader, 1 + groupCount, rangeSeconds)));
                    continue;
                }
                var time = new DateTimeOffset(DateTime.SpecifyKind(reader.GetDateTime(0), DateTimeKind.Utc));
                var groupKey = GroupKey(key);
                if (!points.TryGetValue(groupKey, out var list)) points[groupKey] = list = [];
                list.Add(new MetricPoint(time, ReadValues(reader, 1 + groupCount, q.Step!.Value.TotalSeconds)));
            }
        }

        var top = totals.OrderByDescending(t => t.Values.Count).ThenBy(t => string.Join('\u0001', t.Key)).Take(q.MaxGroups).ToList();
        var names = q.GroupBy.Select(d => d.Name).ToList();
        var series = top.Select(t => new MetricSeries(
            names.Select((n, i) => (n, t.Key[i])).ToDictionary(x => x.n, x => x.Item2),
            t.Values,
            (points.GetValueOrDefault(GroupKey(t.Key)) ?? []).OrderBy(p => p.Time).ToList())).ToList();
        return new MetricsResult(q.Range.From, q.Range.To, q.Step?.TotalSeconds, names, series);
    }

    /// <summary>Column 0 is the bucket (NULL on totals rows), then the group values, then the measures.</summary>
    private static SqlBuilder Render(string projectId, MetricsQuery q)
    {
        var sql = new SqlBuilder();
        var select = new List<string>();
        if (q.Step is { } step)
        {
            var micros = (long)step.TotalMicroseconds;
            select.Add($"time_bucket(to_microseconds({sql.Bind(micros)}::BIGINT), start_time, {sql.Bind(q.Range.From)}::TIMESTAMP) AS tt_bucket");
        }
        else
        {
            select.Add("NULL::TIMESTAMP AS tt_bucket");
        }
        var groups = q.GroupBy.Select((d, i) => $"g{i}").ToList();
        select.AddRange(q.GroupBy.Select((d, i) => $"{Expression(sql, d)} AS g{i}"));
        sql.Append("SELECT ").Append(string.Join(", ", select.Append(Measures(q))));
        var project = sql.Bind(projectId);
        sql.Append(" FROM spans");
        if (q.GroupBy.Concat(q.Filters.Select(f => f.Dimension)).Any(d => d.Source == DimensionSource.Intent))
            sql.Append($" LEFT JOIN {IntentSql.PerTrace(project, sql.Bind(q.Range.From - IntentSql.TraceSlack), sql.Bind(q.Range.To))} AS tt_intents USING (trace_id)");
        sql.Append($" WHERE project_id = {project} AND start_time >= {sql.Bind(q.Range.From)} AND start_time < {sql.Bind(q.Range.To)}");
        AppendKindFilter(sql, q.Kinds);
        foreach (var f in q.Filters)
        {
            var expr = Expression(sql, f.Dimension);
            sql.Append($" AND {expr} IN ({string.Join(", ", f.Values.Select(v => sql.Bind(v)))})");
        }
        if (q.Step is not null)
            sql.Append($" GROUP BY GROUPING SETS (({string.Join(", ", groups.Prepend("tt_bucket"))}), ({string.Join(", ", groups)}))");
        else if (groups.Count > 0)
            sql.Append(" GROUP BY ").Append(string.Join(", ", groups));
        return sql;
    }

    private static void AppendKindFilter(SqlBuilder sql, IReadOnlyList<string> kinds)
    {
        if (kinds.Count == 0 || kinds.Contains("all")) return;
        var conditions = new List<string>();
        var named = kinds.Where(k => k != MetricsQuery.RootKind).ToList();
        if (named.Count > 0) conditions.Add($"kind IN ({string.Join(", ", named.Select(k => sql.Bind(k)))})");
        if (kinds.Contains(MetricsQuery.RootKind)) conditions.Add("parent_span_id IS NULL");
        sql.Append($" AND ({string.Join(" OR ", conditions)})");
    }

    /// <summary>Field dimensions map to whitelisted column names; attribute keys are bound as JSON paths; the intent
    /// comes from the trace-intent join.</summary>
    private static string Expression(SqlBuilder sql, MetricDimension d) => d.Source switch
    {
        DimensionSource.Field => d.Key,
        DimensionSource.SpanAttribute => $"json_extract_string(attributes, {sql.Bind(JsonPath(d.Key))})",
        DimensionSource.ResourceAttribute => $"json_extract_string(resource_attributes, {sql.Bind(JsonPath(d.Key))})",
        DimensionSource.Intent => "tt_intents.intent",
        _ => throw new ArgumentOutOfRangeException(nameof(d)),
    };

    private static string JsonPath(string key) => "$.\"" + key.Replace("\"", "\\\"") + "\"";

    private static string?[] ReadKey(DbDataReader r, int start, int count)
    {
        var key = new string?[count];
        for (var i = 0; i < count; i++) key[i] = r.IsDBNull(start + i) ? null : Convert.ToString(r.GetValue(start + i));
        return key;
    }

    private static string GroupKey(string?[] key) => string.Join('\u0001', key.Select(k => k ?? "\u0000"));

    private static MetricValues ReadValues(DbDataReader r, int start, double seconds)
    {
        double? D(int i) => r.IsDBNull(start + i) ? null : r.GetDouble(start + i);
        long L(int i) => Convert.ToInt64(r.GetValue(start + i));
        var count = L(0);
        var errors = L(1);
        var cost = Convert.ToDecimal(r.GetValue(start + 12));
        var traces = L(13);
        return new MetricValues
        {
            Count = count,
            Errors = errors,
            ErrorRate = count == 0 ? 0 : (double)errors / count,
            LatencyP50Ms = D(2),
            LatencyP95Ms = D(3),
            LatencyP99Ms = D(4),
            TimeToFirstTokenP50Ms = D(5),
            TimeToFirstTokenP95Ms = D(6),
            ThroughputPerSecond = seconds <= 0 ? 0 : count / seconds,
            InputTokens = L(7),
            OutputTokens = L(8),
            CacheReadTokens = L(9),
            ReasoningTokens = L(10),
            EstimatedTokenCalls = L(11),
            CostUsd = cost,
            Traces = traces,
            CostPerTraceUsd = traces == 0 ? null : Math.Round(cost / traces, 9),
            RateLimitedShare = count == 0 ? 0 : (double)L(14) / count,
            FallbackShare = count == 0 ? 0 : (double)L(15) / count,
        };
    }
}
