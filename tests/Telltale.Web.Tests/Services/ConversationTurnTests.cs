using Telltale.Core.Model;
using Telltale.Core.Querying;
using Telltale.Web.Services;
using static Telltale.Web.Tests.Components.SpanFixtures;

namespace Telltale.Web.Tests.Services;

public sealed class ConversationTurnTests
{
    private static TraceSummary Summary => new() { TraceId = "t", System = "support", Status = "ok" };

    [Fact]
    public void The_turn_is_the_newest_user_message_of_the_first_call_and_the_output_of_the_last()
    {
        var first = Span("c1", "root", "llm", 10, 20) with
        {
            InputMessages = [new ChatMessage("user", "earlier question"), new ChatMessage("assistant", "earlier answer"), new ChatMessage("user", "new question")],
            OutputMessages = [new ChatMessage("assistant", null) { ToolCalls = [new ToolCallRequest("1", "search", "{}")] }],
        };
        var last = Span("c2", "root", "llm", 30, 40) with { OutputMessages = [new ChatMessage("assistant", "final answer")] };
        var turn = ConversationTurn.From(new TraceDetail(Summary, [last, Span("root", null, "agent", 0, 50), first]));

        Assert.Equal("new question", turn.UserText);
        Assert.Equal("final answer", Assert.Single(turn.Answer).Content);
    }

    [Fact]
    public void Without_model_calls_the_root_input_and_output_values_are_used()
    {
        var root = Span("root", null, "chain", 0, 50) with { InputValue = "question text", OutputValue = "answer text" };
        var turn = ConversationTurn.From(new TraceDetail(Summary, [root]));
        Assert.Equal("question text", turn.UserText);
        Assert.Equal("answer text", Assert.Single(turn.Answer).Content);
    }
}
