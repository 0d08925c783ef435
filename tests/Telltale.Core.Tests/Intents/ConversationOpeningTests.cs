using Telltale.Core.Intents;
using Telltale.Core.Model;
using Telltale.Core.Querying;
using Telltale.Core.Serialization;

namespace Telltale.Core.Tests.Intents;

public sealed class ConversationOpeningTests
{
    private static SpanView Span(string kind, string? parent = "root", IReadOnlyList<ChatMessage>? messages = null, string? inputValue = null,
        string attributes = "{}") => new()
    {
        TraceId = "t1", SpanId = Guid.NewGuid().ToString("N")[..16], ParentSpanId = parent, Name = kind, Kind = kind, System = "support",
        Status = "ok", InputMessages = messages ?? [], InputValue = inputValue, Attributes = TelltaleJson.Element(attributes),
    };

    [Fact]
    public void The_first_user_message_of_the_first_llm_call_that_has_one_is_the_opening()
    {
        var spans = new[]
        {
            Span("agent", parent: null, inputValue: "raw request body"),
            Span("llm", messages: [new ChatMessage("system", "You are helpful."), new ChatMessage("user", "  ")]),
            Span("llm", messages: [new ChatMessage("system", "You are helpful."), new ChatMessage("user", " Where is my parcel? ")]),
            Span("llm", messages: [new ChatMessage("user", "a later question")]),
        };

        Assert.Equal("Where is my parcel?", ConversationOpening.FirstUserMessage(spans));
    }

    [Fact]
    public void Without_messages_the_input_value_of_an_llm_call_then_of_the_root_is_taken()
    {
        Assert.Equal("llm input", ConversationOpening.FirstUserMessage([Span("agent", parent: null, inputValue: "root input"), Span("llm", inputValue: "llm input")]));
        Assert.Equal("root input", ConversationOpening.FirstUserMessage([Span("agent", parent: null, inputValue: "root input"), Span("tool", inputValue: "tool args")]));
        Assert.Null(ConversationOpening.FirstUserMessage([Span("tool", inputValue: "tool args")]));
    }

    [Fact]
    public void A_long_message_is_cut_to_its_opening()
    {
        var text = ConversationOpening.FirstUserMessage([Span("llm", messages: [new ChatMessage("user", new string('x', 10_000))])]);

        Assert.Equal(ConversationOpening.MaxLength, text!.Length);
    }

    [Fact]
    public void A_declared_intent_on_the_root_wins_over_one_on_a_child()
    {
        var spans = new[]
        {
            Span("llm", attributes: """{"telltale.intent":"child"}"""),
            Span("agent", parent: null, attributes: """{"telltale.intent":" refunds "}"""),
        };

        Assert.Equal("refunds", ConversationOpening.DeclaredIntent(spans));
        Assert.Equal("child", ConversationOpening.DeclaredIntent([spans[0]]));
        Assert.Null(ConversationOpening.DeclaredIntent([Span("llm", attributes: """{"telltale.intent":42}""")]));
    }
}
