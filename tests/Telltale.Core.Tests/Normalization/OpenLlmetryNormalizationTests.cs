using Telltale.Core.Model;

namespace Telltale.Core.Tests.Normalization;

public class OpenLlmetryNormalizationTests
{
    private readonly IReadOnlyList<AiSpan> _spans = NormalizationFixtures.Load("openllmetry.json");

    [Fact]
    public void Llm_span_reads_legacy_indexed_prompts_and_completion_with_tool_call_and_finish_reason()
    {
        var span = _spans.BySpanId("53995c3f42cd8ad8");

        Assert.Equal(AiSpanKind.Llm, span.Kind);
        Assert.Equal("chat", span.Operation);
        Assert.Equal("mistralai", span.Provider);
        Assert.Equal("mistral-large-latest", span.RequestModel);
        Assert.Equal("mistral-large-latest", span.ResponseModel);
        Assert.Equal(180, span.Usage.Input);
        Assert.Equal(41, span.Usage.Output);

        Assert.Collection(span.InputMessages,
            m => { Assert.Equal("system", m.Role); Assert.Equal("You plan city trips. Use search_flights for travel.", m.Content); },
            m => { Assert.Equal("user", m.Role); Assert.Equal("Plan 3 days in Lisbon, mid budget.", m.Content); });
        var output = Assert.Single(span.OutputMessages);
        Assert.Equal("assistant", output.Role);
        Assert.Equal("tool_call", output.FinishReason);
        var call = Assert.Single(output.ToolCalls);
        Assert.Equal("d8Fz2qLpA", call.Id);
        Assert.Equal("search_flights", call.Name);
        Assert.Equal("{\"destination\": \"LIS\", \"nights\": 3}", call.Arguments);
        Assert.Equal(["tool_call"], span.FinishReasons);
    }

    [Fact]
    public void Association_properties_become_session_and_user_and_workflow_name_the_feature()
    {
        var span = _spans.BySpanId("53995c3f42cd8ad8");

        Assert.Equal("trip-5521", span.SessionId);
        Assert.Equal("u-981", span.UserId);
        Assert.Equal("plan_trip", span.Feature);
        Assert.False(JsonAssert.Property(span.AttributesJson, "llm.is_streaming").GetBoolean());
        Assert.Equal(221, JsonAssert.Property(span.AttributesJson, "llm.usage.total_tokens").GetInt64());
        Assert.Equal(0.3, JsonAssert.Property(span.AttributesJson, "gen_ai.request.temperature").GetDouble());
        JsonAssert.Lacks(span.AttributesJson, "gen_ai.prompt.0.content");
        JsonAssert.Lacks(span.AttributesJson, "gen_ai.completion.0.tool_calls.0.name");
        JsonAssert.Lacks(span.AttributesJson, "traceloop.association.properties.session_id");
    }

    [Fact]
    public void Workflow_span_keeps_entity_input_and_output_as_raw_values()
    {
        var span = _spans.BySpanId("00f067aa0ba902b7");

        Assert.Equal(AiSpanKind.Workflow, span.Kind);
        Assert.Equal("{\"args\": [\"Lisbon\"], \"kwargs\": {\"days\": 3, \"budget\": \"mid\"}}", span.InputValue);
        Assert.Equal("\"Day 1: Alfama walking tour...\"", span.OutputValue);
        Assert.Equal("trip-5521", span.SessionId);
        Assert.Equal("u-981", span.UserId);
        Assert.Equal("plan_trip", JsonAssert.Property(span.AttributesJson, "traceloop.entity.name").GetString());
        Assert.Empty(span.InputMessages);
        Assert.Null(span.Tool);
        Assert.Equal("staging", span.Environment);
    }

    [Fact]
    public void Tool_span_becomes_a_tool_invocation_with_entity_input_as_arguments()
    {
        var span = _spans.BySpanId("6e0c63257de34c92");

        Assert.Equal(AiSpanKind.Tool, span.Kind);
        Assert.NotNull(span.Tool);
        Assert.Equal("search_flights", span.Tool.Name);
        Assert.Contains("\"destination\": \"LIS\"", span.Tool.Arguments);
        Assert.Contains("TP1351", span.Tool.Result);
    }
}
