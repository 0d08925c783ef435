using Telltale.Core.Model;
using Telltale.Core.Querying;

namespace Telltale.Server.Api;

/// <summary>
/// Reads a metrics query from the query string: range and step, <c>groupBy</c> (comma-separated dimensions),
/// shorthand filters (<c>system=</c>, <c>model=</c>, <c>provider=</c>, <c>environment=</c>, <c>user=</c>,
/// <c>feature=</c>, <c>version=</c>), any dimension as <c>where.&lt;dimension&gt;=value</c>, and <c>kind</c>
/// (span kinds, <c>root</c> or <c>all</c>; default llm,embedding).
/// </summary>
public static class MetricsQueryParser
{
    private static readonly string[] Shorthands = ["system", "model", "provider", "environment", "user", "feature", "version", "operation"];

    public static MetricsQuery Parse(HttpRequest req, TimeProvider time)
    {
        var range = QueryParameters.Range(req, time);
        var groupBy = Split(QueryParameters.Text(req, "groupBy")).Select(Dimension).ToList();
        var filters = new List<DimensionFilter>();
        foreach (var (key, values) in req.Query)
        {
            string? name = Shorthands.Contains(key) ? key : key.StartsWith("where.", StringComparison.Ordinal) ? key[6..] : null;
            if (name is null) continue;
            var list = values.SelectMany(v => Split(v)).ToList();
            if (list.Count > 0) filters.Add(new DimensionFilter(Dimension(name), list));
        }
        return new MetricsQuery
        {
            Range = range,
            Step = QueryParameters.Step(req, range),
            GroupBy = groupBy,
            Filters = filters,
            Kinds = Kinds(QueryParameters.Text(req, "kind")),
            MaxGroups = QueryParameters.Int(req, "maxGroups", 50, 1, 1000),
        };
    }

    private static IReadOnlyList<string> Kinds(string? text)
    {
        if (text is null) return MetricsQuery.DefaultKinds;
        var kinds = Split(text).Select(k => k.ToLowerInvariant()).ToList();
        foreach (var k in kinds)
            if (k is not ("all" or MetricsQuery.RootKind) && !SpanKindNames.TryParse(k, out _))
                throw new ApiBadRequestException($"Unknown kind '{k}'. Use llm, embedding, retrieval, rerank, tool, agent, workflow, chain, guardrail, evaluator, other, root or all.");
        return kinds;
    }

    private static MetricDimension Dimension(string name) =>
        MetricDimension.TryParse(name, out var d, out var error) ? d! : throw new ApiBadRequestException(error!);

    private static IEnumerable<string> Split(string? text) =>
        (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
