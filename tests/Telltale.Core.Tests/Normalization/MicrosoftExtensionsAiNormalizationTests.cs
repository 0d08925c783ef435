using Telltale.Core.Model;

namespace Telltale.Core.Tests.Normalization;

public class MicrosoftExtensionsAiNormalizationTests
{
    private readonly IReadOnlyList<AiSpan> _spans = NormalizationFixtures.Load("meai.json");

    [Fact]
    public void Orchestrate_tools_span_is_a_chain()
    {
        var span = _spans.BySpanId("7e8f901234567890");

        Assert.Equal(AiSpanKind.Chain, span.Kind);
        Assert.Equal("orchestrate_tools", span.Operation);
        Assert.Equal("Experimental.Microsoft.Extensions.AI", span.ScopeName);
    }

    [Fact]
    public void Chat_span_reads_finish_reasons_sent_as_a_json_string_and_parts_messages()
    {
        var span = _spans.BySpanId("8f90123456789012");

        Assert.Equal(AiSpanKind.Llm, span.Kind);
        Assert.Equal("openai", span.Provider);
        Assert.Equal("gpt-4.1-mini", span.RequestModel);
        Assert.Equal("gpt-4.1-mini-2025-04-14", span.ResponseModel);
        Assert.Equal(96, span.Usage.Input);
        Assert.Equal(18, span.Usage.Output);
        Assert.Equal(["tool_call"], span.FinishReasons);
        Assert.Equal("thread_abc", span.SessionId);
        Assert.Collection(span.InputMessages,
            m => { Assert.Equal("system", m.Role); Assert.Equal("You help customers with their orders.", m.Content); },
            m => { Assert.Equal("user", m.Role); Assert.Equal("What's the status of order 5521?", m.Content); });
        var output = Assert.Single(span.OutputMessages);
        var call = Assert.Single(output.ToolCalls);
        Assert.Equal("call_a1B2", call.Id);
        Assert.Equal("GetOrderStatus", call.Name);
        Assert.Equal("{\"orderId\": 5521}", call.Arguments);
        Assert.Equal("tool_call", output.FinishReason);
        Assert.Equal("[\"###\"]", JsonAssert.Property(span.AttributesJson, "gen_ai.request.stop_sequences").GetString());
        Assert.Contains("GetOrderStatus", JsonAssert.Property(span.AttributesJson, "gen_ai.tool.definitions").GetString());
        Assert.Null(span.Tool);
    }

    [Fact]
    public void Execute_tool_span_reads_the_tool_invocation()
    {
        var span = _spans.BySpanId("9012345678901234");

        Assert.Equal(AiSpanKind.Tool, span.Kind);
        Assert.NotNull(span.Tool);
        Assert.Equal("GetOrderStatus", span.Tool.Name);
        Assert.Equal("call_a1B2", span.Tool.CallId);
        Assert.Equal("Gets an order's status", span.Tool.Description);
        Assert.Equal("{\"orderId\":5521}", span.Tool.Arguments);
        Assert.Equal("\"Shipped on 2026-01-02\"", span.Tool.Result);
        Assert.Equal("function", JsonAssert.Property(span.AttributesJson, "gen_ai.tool.type").GetString());
    }

    [Fact]
    public void Failed_tool_span_reads_status_and_the_exception_type_name()
    {
        var span = _spans.BySpanId("0123456789012345");

        Assert.Equal(AiSpanStatus.Error, span.Status);
        Assert.Equal("Order 5521 has already shipped.", span.StatusMessage);
        Assert.Equal("System.InvalidOperationException", span.ErrorType);
        Assert.Equal("CancelOrder", span.Tool!.Name);
        Assert.Null(span.Tool.Arguments);
    }
}
