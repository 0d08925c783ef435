using Telltale.Core.Model;
using Telltale.Core.Normalization;
using Telltale.Otlp.Proto.Common;
using Telltale.Otlp.Proto.Logs;
using static Telltale.Core.Tests.Normalization.OtlpValues;

namespace Telltale.Core.Tests.Normalization;

public class GenAiEventMessagesTests
{
    private static readonly KeyValue[] SystemAttribute = Attributes(("gen_ai.system", Str("openai")));

    [Fact]
    public void User_message_log_body_becomes_a_user_message()
    {
        var body = Map(("content", Str("What is the weather in Paris?")));

        Assert.True(GenAiEventMessages.TryConvert("gen_ai.user.message", SystemAttribute, body, out var message, out var isOutput));

        Assert.False(isOutput);
        Assert.Equal(new ChatMessage("user", "What is the weather in Paris?"), message);
    }

    [Fact]
    public void Body_role_overrides_the_role_implied_by_the_event_name()
    {
        var body = Map(("role", Str("developer")), ("content", Str("Be terse.")));

        Assert.True(GenAiEventMessages.TryConvert("gen_ai.system.message", SystemAttribute, body, out var message, out _));

        Assert.Equal("developer", message.Role);
        Assert.Equal("Be terse.", message.Content);
    }

    [Fact]
    public void Assistant_message_log_body_carries_tool_calls_with_function_name_and_arguments()
    {
        var body = Map(("tool_calls", Array(Map(
            ("id", Str("call_1")),
            ("type", Str("function")),
            ("function", Map(("name", Str("get_weather")), ("arguments", Str("{\"city\":\"Paris\"}"))))))));

        Assert.True(GenAiEventMessages.TryConvert("gen_ai.assistant.message", SystemAttribute, body, out var message, out var isOutput));

        Assert.False(isOutput);
        Assert.Equal("assistant", message.Role);
        Assert.Null(message.Content);
        var call = Assert.Single(message.ToolCalls);
        Assert.Equal(new ToolCallRequest("call_1", "get_weather", "{\"city\":\"Paris\"}"), call);
    }

    [Fact]
    public void Tool_message_log_body_id_becomes_the_tool_call_id()
    {
        var body = Map(("content", Str("rainy, 57°F")), ("id", Str("call_1")));

        Assert.True(GenAiEventMessages.TryConvert("gen_ai.tool.message", SystemAttribute, body, out var message, out _));

        Assert.Equal("tool", message.Role);
        Assert.Equal("call_1", message.ToolCallId);
        Assert.Equal("rainy, 57°F", message.Content);
    }

    [Fact]
    public void Choice_log_body_is_an_output_message_with_finish_reason_and_top_level_tool_calls()
    {
        var body = Map(
            ("index", Int(0)),
            ("finish_reason", Str("tool_calls")),
            ("message", Map(("role", Str("assistant")))),
            ("tool_calls", Array(Map(
                ("id", Str("call_2")), ("type", Str("function")),
                ("function", Map(("name", Str("get_time")), ("arguments", Map(("tz", Str("CET"))))))))));

        Assert.True(GenAiEventMessages.TryConvert("gen_ai.choice", SystemAttribute, body, out var message, out var isOutput));

        Assert.True(isOutput);
        Assert.Equal("assistant", message.Role);
        Assert.Equal("tool_call", message.FinishReason);
        var call = Assert.Single(message.ToolCalls);
        Assert.Equal("get_time", call.Name);
        Assert.Equal("{\"tz\":\"CET\"}", call.Arguments);
    }

    [Fact]
    public void Choice_with_text_message_reads_content()
    {
        var body = Map(("index", Int(0)), ("finish_reason", Str("stop")),
            ("message", Map(("content", Str("It is sunny.")), ("role", Str("assistant")))));

        Assert.True(GenAiEventMessages.TryConvert("gen_ai.choice", [], body, out var message, out var isOutput));

        Assert.True(isOutput);
        Assert.Equal("It is sunny.", message.Content);
        Assert.Equal("stop", message.FinishReason);
    }

    [Fact]
    public void Semantic_kernel_event_content_attribute_wins_over_the_body()
    {
        var attributes = Attributes(("gen_ai.event.content", Str("{\"role\": \"user\", \"content\": \"from SK\"}")));

        Assert.True(GenAiEventMessages.TryConvert("gen_ai.user.message", attributes, Str("ignored"), out var message, out _));

        Assert.Equal("from SK", message.Content);
    }

    [Fact]
    public void Plain_text_body_is_the_message_text()
    {
        Assert.True(GenAiEventMessages.TryConvert("gen_ai.user.message", [], Str("just text"), out var message, out _));

        Assert.Equal(new ChatMessage("user", "just text"), message);
    }

    [Fact]
    public void Other_events_are_not_messages()
    {
        Assert.False(GenAiEventMessages.TryConvert("gen_ai.evaluation.result", [], null, out var message, out _));
        Assert.Null(message);
        Assert.False(GenAiEventMessages.IsMessageEvent("exception"));
        Assert.True(GenAiEventMessages.IsMessageEvent("gen_ai.client.inference.operation.details"));
    }

    [Fact]
    public void Operation_details_event_reads_structured_instructions_input_and_output_messages()
    {
        var attributes = Attributes(
            ("gen_ai.operation.name", Str("chat")),
            ("gen_ai.system_instructions", Array(Map(("type", Str("text")), ("content", Str("Be helpful."))))),
            ("gen_ai.input.messages", Array(Map(("role", Str("user")),
                ("parts", Array(Map(("type", Str("text")), ("content", Str("Hi!")))))))),
            ("gen_ai.output.messages", Array(Map(("role", Str("assistant")), ("finish_reason", Str("stop")),
                ("parts", Array(Map(("type", Str("text")), ("content", Str("Hello! How can I help?")))))))));
        var input = new List<ChatMessage>();
        var output = new List<ChatMessage>();

        Assert.True(GenAiEventMessages.TryConvertOperationDetails(attributes, null, input, output));

        Assert.Equal([new ChatMessage("system", "Be helpful."), new ChatMessage("user", "Hi!")], input);
        var answer = Assert.Single(output);
        Assert.Equal("Hello! How can I help?", answer.Content);
        Assert.Equal("stop", answer.FinishReason);
    }

    [Fact]
    public void Log_record_event_name_falls_back_to_the_event_name_attribute()
    {
        var modern = new LogRecord { EventName = "gen_ai.choice" };
        var older = new LogRecord();
        older.Attributes.Add(new KeyValue { Key = "event.name", Value = Str("gen_ai.user.message") });

        Assert.Equal("gen_ai.choice", GenAiEventMessages.EventNameOf(modern));
        Assert.Equal("gen_ai.user.message", GenAiEventMessages.EventNameOf(older));
        Assert.Null(GenAiEventMessages.EventNameOf(new LogRecord()));
    }
}
