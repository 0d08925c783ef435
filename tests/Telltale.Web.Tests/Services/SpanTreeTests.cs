using Telltale.Web.Services;
using static Telltale.Web.Tests.Components.SpanFixtures;

namespace Telltale.Web.Tests.Services;

public sealed class SpanTreeTests
{
    [Fact]
    public void Children_follow_their_parent_in_start_order_and_orphans_become_roots()
    {
        var rows = SpanTree.Layout(
        [
            Span("late-child", "root", "llm", 600, 900),
            Span("orphan", "never-sent", "tool", 950, 1000),
            Span("root", null, "agent", 0, 1000),
            Span("early-child", "root", "retrieval", 10, 200),
            Span("grandchild", "early-child", "embedding", 20, 60),
        ]);

        Assert.Equal(["root", "early-child", "grandchild", "late-child", "orphan"], rows.Select(r => r.Span.SpanId));
        Assert.Equal([0, 1, 2, 1, 0], rows.Select(r => r.Depth));
        Assert.Equal(0.6, rows[3].OffsetFraction, 6);
        Assert.Equal(0.3, rows[3].WidthFraction, 6);
    }

    [Fact]
    public void A_span_that_claims_itself_as_an_ancestor_is_shown_once()
    {
        var rows = SpanTree.Layout([Span("a", "b", "llm", 0, 10), Span("b", "a", "tool", 0, 10), Span("r", null, "agent", 0, 10)]);
        Assert.Single(rows); // a and b only reach each other: not shown under r, and never twice
        Assert.Equal("r", rows[0].Span.SpanId);
    }

    [Fact]
    public void An_empty_trace_has_no_rows() => Assert.Empty(SpanTree.Layout([]));
}
