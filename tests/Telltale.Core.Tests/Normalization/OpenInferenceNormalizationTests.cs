using Telltale.Core.Model;

namespace Telltale.Core.Tests.Normalization;

public class OpenInferenceNormalizationTests
{
    private readonly IReadOnlyList<AiSpan> _spans = NormalizationFixtures.Load("openinference.json");

    [Fact]
    public void Llm_span_lifts_kind_provider_model_and_every_token_figure()
    {
        var span = _spans.BySpanId("b7ad6b7169203331");

        Assert.Equal(AiSpanKind.Llm, span.Kind);
        Assert.Equal("0af7651916cd43dd8448eb211c80319c", span.TraceId);
        Assert.Equal("a1b2c3d4e5f60718", span.ParentSpanId);
        Assert.Equal("openai", span.Provider);
        Assert.Null(span.RequestModel);
        Assert.Equal("gpt-4o-2024-08-06", span.ResponseModel);
        Assert.Equal(412, span.Usage.Input);
        Assert.Equal(23, span.Usage.Output);
        Assert.Equal(256, span.Usage.CacheRead);
        Assert.Equal(0, span.Usage.Reasoning);
        Assert.Null(span.Usage.CacheWrite);
        Assert.False(span.IsFallback);
        Assert.Equal("support-bot", span.System);
        Assert.Equal("production", span.Environment);
        Assert.Equal("2.3.1", span.ServiceVersion);
        Assert.Equal("openinference.instrumentation.openai", span.ScopeName);
    }

    [Fact]
    public void Llm_span_reads_flattened_messages_including_multi_part_content_and_tool_calls()
    {
        var span = _spans.BySpanId("b7ad6b7169203331");

        Assert.Collection(span.InputMessages,
            m => { Assert.Equal("system", m.Role); Assert.StartsWith("You are the support assistant", m.Content); },
            m => { Assert.Equal("user", m.Role); Assert.Equal("Where is my order A-10293? It was supposed to arrive Friday.", m.Content); });
        var output = Assert.Single(span.OutputMessages);
        Assert.Equal("assistant", output.Role);
        Assert.Null(output.Content);
        var call = Assert.Single(output.ToolCalls);
        Assert.Equal("call_Qm3xv8", call.Id);
        Assert.Equal("get_order_status", call.Name);
        Assert.Equal("{\"order_id\": \"A-10293\"}", call.Arguments);
    }

    [Fact]
    public void Llm_span_lifts_session_user_and_tags_and_keeps_the_rest_in_attributes()
    {
        var span = _spans.BySpanId("b7ad6b7169203331");

        Assert.Equal("sess-7f3a", span.SessionId);
        Assert.Equal("cust-4411", span.UserId);
        Assert.Equal(["support", "orders"], span.Tags);
        Assert.StartsWith("{\"messages\"", span.InputValue);
        Assert.Contains("chatcmpl-BxQ2", span.OutputValue);

        Assert.Contains("tool_choice", JsonAssert.Property(span.AttributesJson, "llm.invocation_parameters").GetString());
        Assert.Equal("application/json", JsonAssert.Property(span.AttributesJson, "input.mime_type").GetString());
        Assert.Equal("{\"ticket\": \"T-889\"}", JsonAssert.Property(span.AttributesJson, "metadata").GetString());
        Assert.Equal(435, JsonAssert.Property(span.AttributesJson, "llm.token_count.total").GetInt64());
        JsonAssert.Property(span.AttributesJson, "llm.tools.0.tool.json_schema");
        JsonAssert.Lacks(span.AttributesJson, "llm.input_messages.0.message.content");
        JsonAssert.Lacks(span.AttributesJson, "llm.output_messages.0.message.tool_calls.0.tool_call.function.name");
        JsonAssert.Lacks(span.AttributesJson, "llm.token_count.prompt");
        JsonAssert.Lacks(span.AttributesJson, "session.id");
        JsonAssert.Lacks(span.AttributesJson, "openinference.span.kind");
    }

    [Fact]
    public void Retriever_span_reads_three_documents_in_order_with_id_score_content_and_metadata()
    {
        var span = _spans.BySpanId("c9d8e7f6a5b40312");

        Assert.Equal(AiSpanKind.Retrieval, span.Kind);
        Assert.Equal("shipping delays order arrival", span.InputValue);
        Assert.Collection(span.Documents,
            d => { Assert.Equal("kb-101", d.Id); Assert.Equal(0.91, d.Score); Assert.Equal("Standard shipping takes 3-5 business days.", d.Content); Assert.Equal("{\"source\": \"shipping.md\"}", d.MetadataJson); },
            d => { Assert.Equal("kb-207", d.Id); Assert.Equal(0.84, d.Score); Assert.Equal("Orders placed after 2pm ship the next business day.", d.Content); },
            d => { Assert.Equal("kb-315", d.Id); Assert.Equal(0.62, d.Score); Assert.Equal("Carrier delays are reported on the tracking page.", d.Content); });
        Assert.Equal("{}", span.AttributesJson);
    }

    [Fact]
    public void Tool_span_takes_arguments_from_input_value_and_keeps_the_parameter_schema_as_an_attribute()
    {
        var span = _spans.BySpanId("d1e2f3a4b5c6d7e8");

        Assert.Equal(AiSpanKind.Tool, span.Kind);
        Assert.Equal(AiSpanStatus.Ok, span.Status);
        Assert.NotNull(span.Tool);
        Assert.Equal("get_order_status", span.Tool.Name);
        Assert.Equal("Looks up the shipping status of an order.", span.Tool.Description);
        Assert.Equal("{\"order_id\": \"A-10293\"}", span.Tool.Arguments);
        Assert.Equal("{\"status\": \"in_transit\", \"eta\": \"2026-01-05\"}", span.Tool.Result);
        Assert.Contains("\"required\"", JsonAssert.Property(span.AttributesJson, "tool.parameters").GetString());
        Assert.Equal("openinference.instrumentation.llama_index", span.ScopeName);
    }

    [Fact]
    public void Chain_span_is_a_chain_with_no_parent()
    {
        var span = _spans.BySpanId("a1b2c3d4e5f60718");

        Assert.Equal(AiSpanKind.Chain, span.Kind);
        Assert.Null(span.ParentSpanId);
        Assert.Null(span.Tool);
        Assert.Equal(2100, span.DurationMs);
    }
}
