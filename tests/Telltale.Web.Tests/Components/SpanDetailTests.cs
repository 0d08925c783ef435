using Bunit;
using Telltale.Core.Model;
using Telltale.Web.Components.Shared;
using static Telltale.Web.Tests.Components.SpanFixtures;

namespace Telltale.Web.Tests.Components;

public sealed class SpanDetailTests : DashboardTestContext
{
    [Fact]
    public void An_llm_span_shows_its_figures_messages_by_role_and_the_tool_call_it_requested()
    {
        var cut = Render<SpanDetail>(p => p.Add(s => s.Span, LlmCall()));

        var figures = cut.Find("[data-testid=span-figures]").TextContent;
        Assert.Contains("gpt-4o-2024-08-06", figures);
        Assert.Contains("420 / 60", figures);
        Assert.Contains("$0.0017", figures);
        Assert.Contains("tool_call", figures);

        var messages = cut.FindAll("[data-testid=message]");
        Assert.Equal(["system", "user", "assistant"], messages.Select(m => m.GetAttribute("data-role")));
        Assert.Contains("Where is my order 1234?", messages[1].TextContent);
        var call = cut.Find("[data-testid=tool-call]").TextContent;
        Assert.Contains("lookup_order", call);
        Assert.Contains("\"id\":\"1234\"", call);
    }

    [Fact]
    public void A_failed_span_says_why_and_rows_without_a_value_are_left_out()
    {
        var span = Span("x", null, "tool", 0, 40, "error") with { ErrorType = "timeout", StatusMessage = "CRM did not answer" };
        var cut = Render<SpanDetail>(p => p.Add(s => s.Span, span));

        Assert.Contains("timeout: CRM did not answer", cut.Find("[data-testid=span-error]").TextContent);
        Assert.DoesNotContain("Model requested", cut.Find("[data-testid=span-figures]").TextContent);
    }

    [Fact]
    public void Retrieved_documents_are_listed_with_their_scores()
    {
        var span = Span("r", null, "retrieval", 0, 40) with
        {
            Documents = [new RetrievedDocument("kb-1", 0.912, "Reset your password in Settings."), new RetrievedDocument("kb-2", null, "Billing FAQ")],
        };
        var cut = Render<SpanDetail>(p => p.Add(s => s.Span, span));
        cut.FindAll(".mud-tab").First(t => t.TextContent.Contains("Documents (2)")).Click();

        var docs = cut.FindAll("[data-testid=document]");
        Assert.Equal(2, docs.Count);
        Assert.Contains("score 0.912", docs[0].TextContent);
        Assert.Contains("score –", docs[1].TextContent);
    }
}
