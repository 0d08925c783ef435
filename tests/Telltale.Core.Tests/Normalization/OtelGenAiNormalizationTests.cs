using Telltale.Core.Model;

namespace Telltale.Core.Tests.Normalization;

public class OtelGenAiNormalizationTests
{
    private readonly IReadOnlyList<AiSpan> _v141 = NormalizationFixtures.Load("otel_v141.json");

    [Fact]
    public void V141_chat_span_reads_provider_models_and_every_token_figure()
    {
        var span = _v141.BySpanId("3a4b5c6d7e8f9012");

        Assert.Equal(AiSpanKind.Llm, span.Kind);
        Assert.Equal("chat", span.Operation);
        Assert.Equal("anthropic", span.Provider);
        Assert.Equal("claude-sonnet-4-5", span.RequestModel);
        Assert.Equal("claude-sonnet-4-5-20250929", span.ResponseModel);
        Assert.False(span.IsFallback);
        Assert.Equal(1500, span.Usage.Input);
        Assert.Equal(180, span.Usage.Output);
        Assert.Equal(1024, span.Usage.CacheRead);
        Assert.Equal(200, span.Usage.CacheWrite);
        Assert.Equal(64, span.Usage.Reasoning);
        Assert.Equal(412, span.TimeToFirstTokenMs!.Value, precision: 6);
        Assert.Equal(["stop"], span.FinishReasons);
        Assert.Equal("conv_8842", span.SessionId);
        Assert.Equal("shopper-17", span.UserId);
        Assert.Equal("checkout-help", span.Feature);
        Assert.Equal(["beta", "checkout"], span.Tags);
        Assert.Equal("production", span.Environment);
    }

    [Fact]
    public void V141_chat_span_reads_system_instructions_tool_call_and_tool_response_parts()
    {
        var span = _v141.BySpanId("3a4b5c6d7e8f9012");

        Assert.Collection(span.InputMessages,
            m => { Assert.Equal("system", m.Role); Assert.Equal("You are Acme's checkout assistant.\nNever reveal internal discount codes.", m.Content); },
            m => { Assert.Equal("user", m.Role); Assert.Equal("Is the trail jacket in stock in size M?", m.Content); },
            m =>
            {
                Assert.Equal("assistant", m.Role);
                Assert.Null(m.Content);
                var call = Assert.Single(m.ToolCalls);
                Assert.Equal("toolu_01A", call.Id);
                Assert.Equal("check_stock", call.Name);
                Assert.Equal("{\"sku\": \"TJ-200\", \"size\": \"M\"}", call.Arguments);
            },
            m => { Assert.Equal("tool", m.Role); Assert.Equal("toolu_01A", m.ToolCallId); Assert.Equal("{\"in_stock\": true, \"quantity\": 4}", m.Content); });
        var output = Assert.Single(span.OutputMessages);
        Assert.Equal("assistant", output.Role);
        Assert.Equal("Yes, size M is in stock (4 left).", output.Content);
        Assert.Equal("stop", output.FinishReason);
    }

    [Fact]
    public void V141_chat_span_keeps_evaluation_event_and_unlifted_attributes()
    {
        var span = _v141.BySpanId("3a4b5c6d7e8f9012");

        Assert.Contains("\"name\":\"gen_ai.evaluation.result\"", span.EventsJson);
        Assert.Contains("\"gen_ai.evaluation.score.value\":0.92", span.EventsJson);
        Assert.Contains("\"timeUnixNano\":1767258002300000000", span.EventsJson);
        Assert.True(JsonAssert.Property(span.AttributesJson, "gen_ai.request.stream").GetBoolean());
        Assert.Equal("msg_01XyZ", JsonAssert.Property(span.AttributesJson, "gen_ai.response.id").GetString());
        Assert.Equal(443, JsonAssert.Property(span.AttributesJson, "server.port").GetInt64());
        JsonAssert.Lacks(span.AttributesJson, "gen_ai.input.messages");
        JsonAssert.Lacks(span.AttributesJson, "gen_ai.system_instructions");
        JsonAssert.Lacks(span.AttributesJson, "gen_ai.usage.cache_read.input_tokens");
        JsonAssert.Lacks(span.AttributesJson, "gen_ai.response.finish_reasons");
    }

    [Fact]
    public void Failed_call_reads_status_error_type_http_status_and_keeps_the_exception_event()
    {
        var span = _v141.BySpanId("4b5c6d7e8f901234");

        Assert.Equal(AiSpanStatus.Error, span.Status);
        Assert.Equal("Error code: 429 - rate_limit_error", span.StatusMessage);
        Assert.Equal("rate_limit_error", span.ErrorType);
        Assert.Equal(429, span.HttpStatusCode);
        Assert.Contains("anthropic.RateLimitError", span.EventsJson);
        var tool = Assert.Single(span.InputMessages);
        Assert.Equal("tool", tool.Role);
        Assert.Equal("toolu_01B", tool.ToolCallId);
        Assert.Equal("4 left", tool.Content);
        Assert.True(span.Usage.IsEmpty);
        Assert.Null(span.ResponseModel);
        Assert.False(span.IsFallback);
    }

    [Fact]
    public void Retrieval_span_reads_structured_documents()
    {
        var span = _v141.BySpanId("5c6d7e8f90123456");

        Assert.Equal(AiSpanKind.Retrieval, span.Kind);
        Assert.Equal("azure.ai.openai", span.Provider);
        Assert.Collection(span.Documents,
            d => { Assert.Equal("doc-1", d.Id); Assert.Equal(0.88, d.Score); Assert.Null(d.Content); },
            d => { Assert.Equal("doc-2", d.Id); Assert.Equal(0.71, d.Score); });
        Assert.Equal("trail jacket size chart", JsonAssert.Property(span.AttributesJson, "gen_ai.retrieval.query.text").GetString());
    }

    [Fact]
    public void Older_otel_span_reads_gen_ai_system_prompt_tokens_and_deprecated_prompt_attributes()
    {
        var span = NormalizationFixtures.Load("otel_legacy.json").BySpanId("6d7e8f9012345678");

        Assert.Equal(AiSpanKind.Llm, span.Kind);
        Assert.Equal("openai", span.Provider);
        Assert.Equal("gpt-3.5-turbo", span.RequestModel);
        Assert.Equal("gpt-3.5-turbo-0125", span.ResponseModel);
        Assert.False(span.IsFallback);
        Assert.Equal(57, span.Usage.Input);
        Assert.Equal(12, span.Usage.Output);
        Assert.Equal(["stop"], span.FinishReasons);
        Assert.Equal(200, span.HttpStatusCode);
        Assert.Equal("u-77", span.UserId);
        Assert.Equal("dev", span.Environment);
        Assert.Collection(span.InputMessages,
            m => { Assert.Equal("system", m.Role); Assert.Equal("Answer briefly.", m.Content); },
            m => { Assert.Equal("user", m.Role); Assert.Equal("Capital of France?", m.Content); });
        var output = Assert.Single(span.OutputMessages);
        Assert.Equal("Paris.", output.Content);
        Assert.Equal(42, JsonAssert.Property(span.AttributesJson, "gen_ai.openai.request.seed").GetInt64());
        JsonAssert.Lacks(span.AttributesJson, "gen_ai.prompt");
        JsonAssert.Lacks(span.AttributesJson, "gen_ai.usage.prompt_tokens");
    }
}
