using Bunit;
using Telltale.Core.Querying;
using Telltale.Web.Components.Shared;
using Telltale.Web.Services;
using static Telltale.Web.Tests.Components.SpanFixtures;

namespace Telltale.Web.Tests.Components;

public sealed class WaterfallTests : DashboardTestContext
{
    private static readonly IReadOnlyList<WaterfallRow> Rows = SpanTree.Layout(
    [
        Span("c", "a", "llm", 500, 1000, "error"),
        Span("a", null, "agent", 0, 1000),
        Span("b", "a", "retrieval", 0, 250),
    ]);

    [Fact]
    public void Rows_are_indented_by_depth_with_bars_placed_on_the_time_axis_and_errors_marked()
    {
        var cut = Render<Waterfall>(p => p.Add(w => w.Rows, Rows).Add(w => w.TotalMs, 1000));

        var rows = cut.FindAll("[data-testid=span-row]");
        Assert.Equal(["agent", "retrieval", "llm"], rows.Select(r => r.GetAttribute("data-kind")));
        Assert.Contains("padding-left: 16px", rows[2].InnerHtml);
        var bar = rows[2].QuerySelector(".waterfall-bar")!;
        Assert.Contains("error", bar.ClassList);
        Assert.Contains("left:50%;width:50%", bar.GetAttribute("style"));
        Assert.Contains("error", rows[2].GetAttribute("aria-label"));
    }

    [Fact]
    public void Clicking_a_row_or_pressing_enter_on_it_selects_that_span()
    {
        SpanView? selected = null;
        var cut = Render<Waterfall>(p => p.Add(w => w.Rows, Rows).Add(w => w.OnSelect, (SpanView s) => selected = s));

        cut.FindAll("[data-testid=span-row]")[1].Click();
        Assert.Equal("b", selected?.SpanId);
        cut.FindAll("[data-testid=span-row]")[2].KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Enter" });
        Assert.Equal("c", selected?.SpanId);
        Assert.All(cut.FindAll("[data-testid=span-row]"), r => Assert.Equal("0", r.GetAttribute("tabindex")));
    }
}
