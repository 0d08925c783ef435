using Telltale.Core.Querying;

namespace Telltale.Web.Services;

/// <summary>A span placed in the waterfall: its depth in the tree and its bar as fractions of the trace's time span.</summary>
public sealed record WaterfallRow(SpanView Span, int Depth, double OffsetFraction, double WidthFraction);

/// <summary>
/// Orders a trace's spans as a tree (parents before children, siblings by start time) for the waterfall. Spans whose
/// parent is missing (not sent, or still in flight) are shown as roots rather than hidden.
/// </summary>
public static class SpanTree
{
    public static IReadOnlyList<WaterfallRow> Layout(IReadOnlyList<SpanView> spans)
    {
        if (spans.Count == 0) return [];
        var start = spans.Min(s => s.StartUnixNano);
        var end = spans.Max(s => s.EndUnixNano);
        var total = Math.Max(1, end - start);

        var ids = spans.Select(s => s.SpanId).ToHashSet();
        var children = spans.Where(s => s.ParentSpanId is not null && ids.Contains(s.ParentSpanId))
            .GroupBy(s => s.ParentSpanId!)
            .ToDictionary(g => g.Key, g => g.OrderBy(s => s.StartUnixNano).ToList());
        var roots = spans.Where(s => s.ParentSpanId is null || !ids.Contains(s.ParentSpanId)).OrderBy(s => s.StartUnixNano);

        var rows = new List<WaterfallRow>(spans.Count);
        var visited = new HashSet<string>();
        void Visit(SpanView span, int depth)
        {
            if (!visited.Add(span.SpanId)) return; // a malformed trace could loop; show each span once
            rows.Add(new WaterfallRow(span, depth, (double)(span.StartUnixNano - start) / total,
                (double)Math.Max(0, span.EndUnixNano - span.StartUnixNano) / total));
            foreach (var child in children.GetValueOrDefault(span.SpanId) ?? []) Visit(child, depth + 1);
        }
        foreach (var root in roots) Visit(root, 0);
        return rows;
    }

    /// <summary>Bar colour per span kind, so LLM calls, tools and retrieval stand apart.</summary>
    public static string ColorOf(string kind) => kind switch
    {
        "llm" => "#5c6bc0",
        "embedding" => "#7e57c2",
        "retrieval" or "rerank" => "#26a69a",
        "tool" => "#ffa726",
        "agent" or "workflow" or "chain" => "#78909c",
        "guardrail" or "evaluator" => "#8d6e63",
        _ => "#90a4ae",
    };
}
