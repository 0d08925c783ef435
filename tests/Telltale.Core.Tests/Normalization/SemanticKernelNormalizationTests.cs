using Telltale.Core.Model;

namespace Telltale.Core.Tests.Normalization;

public class SemanticKernelNormalizationTests
{
    private readonly IReadOnlyList<AiSpan> _spans = NormalizationFixtures.Load("semantic_kernel.json");

    [Fact]
    public void Chat_span_reads_gen_ai_system_tokens_and_the_singular_finish_reason()
    {
        var span = _spans.BySpanId("eee19b7ec3c1b174");

        Assert.Equal(AiSpanKind.Llm, span.Kind);
        Assert.Equal("openai", span.Provider);
        Assert.Equal("gpt-4o-mini", span.RequestModel);
        Assert.Equal("gpt-4o-mini-2024-07-18", span.ResponseModel);
        Assert.False(span.IsFallback);
        Assert.Equal(310, span.Usage.Input);
        Assert.Equal(48, span.Usage.Output);
        Assert.Equal(["stop"], span.FinishReasons);
        Assert.Equal(3, span.OtelKind);
        Assert.Equal("Microsoft.SemanticKernel.Diagnostics", span.ScopeName);
    }

    [Fact]
    public void Chat_span_turns_event_content_span_events_into_messages()
    {
        var span = _spans.BySpanId("eee19b7ec3c1b174");

        Assert.Collection(span.InputMessages,
            m => { Assert.Equal("system", m.Role); Assert.Equal("You are a helpful weather assistant.", m.Content); },
            m => { Assert.Equal("user", m.Role); Assert.Equal("Do I need an umbrella in Seattle tomorrow?", m.Content); },
            m =>
            {
                Assert.Equal("assistant", m.Role);
                Assert.Null(m.Content);
                var call = Assert.Single(m.ToolCalls);
                Assert.Equal("call_lX9", call.Id);
                Assert.Equal("WeatherPlugin-GetForecast", call.Name);
                Assert.Equal("{\"city\":\"Seattle\"}", call.Arguments);
            },
            m => { Assert.Equal("tool", m.Role); Assert.Equal("{\"forecast\":\"rain\",\"high_c\":9}", m.Content); });
        var output = Assert.Single(span.OutputMessages);
        Assert.Equal("assistant", output.Role);
        Assert.Equal("Yes - rain is expected, high of 9°C.", output.Content);
        Assert.Equal("stop", output.FinishReason);
        Assert.Empty(output.ToolCalls);
        Assert.Equal("[]", span.EventsJson);
    }

    [Fact]
    public void Chat_span_keeps_request_settings_and_server_in_attributes()
    {
        var span = _spans.BySpanId("eee19b7ec3c1b174");

        Assert.Equal(800, JsonAssert.Property(span.AttributesJson, "gen_ai.request.max_tokens").GetInt64());
        Assert.Equal("api.openai.com", JsonAssert.Property(span.AttributesJson, "server.address").GetString());
        Assert.Equal("chatcmpl-Ck4r", JsonAssert.Property(span.AttributesJson, "gen_ai.response.id").GetString());
        JsonAssert.Lacks(span.AttributesJson, "gen_ai.response.finish_reason");
        JsonAssert.Lacks(span.AttributesJson, "gen_ai.system");
        JsonAssert.Lacks(span.AttributesJson, "gen_ai.usage.input_tokens");
    }

    [Fact]
    public void Execute_tool_span_reads_name_call_id_arguments_and_result()
    {
        var span = _spans.BySpanId("1a2b3c4d5e6f7081");

        Assert.Equal(AiSpanKind.Tool, span.Kind);
        Assert.Equal("execute_tool", span.Operation);
        Assert.NotNull(span.Tool);
        Assert.Equal("WeatherPlugin-GetForecast", span.Tool.Name);
        Assert.Equal("call_lX9", span.Tool.CallId);
        Assert.Equal("Gets the weather forecast for a city.", span.Tool.Description);
        Assert.Equal("{\"city\":\"Seattle\"}", span.Tool.Arguments);
        Assert.Equal("{\"forecast\":\"rain\",\"high_c\":9}", span.Tool.Result);
        Assert.Equal("{}", span.AttributesJson);
    }

    [Fact]
    public void Agent_span_reads_messages_in_the_old_role_content_shape()
    {
        var span = _spans.BySpanId("f00d00d00d00d001");

        Assert.Equal(AiSpanKind.Agent, span.Kind);
        var input = Assert.Single(span.InputMessages);
        Assert.Equal("user", input.Role);
        Assert.Equal("Do I need an umbrella in Seattle tomorrow?", input.Content);
        var output = Assert.Single(span.OutputMessages);
        Assert.Equal("assistant", output.Role);
        Assert.Equal("Yes - rain is expected, high of 9°C.", output.Content);
        Assert.Equal("WeatherAgent", JsonAssert.Property(span.AttributesJson, "gen_ai.agent.name").GetString());
        Assert.Null(span.Tool);
    }
}
