using Google.Protobuf;
using Telltale.Core.Model;
using Telltale.Core.Normalization;
using Telltale.Otlp.Proto.Common;
using Telltale.Otlp.Proto.Resource;
using Telltale.Otlp.Proto.Trace;
using static Telltale.Core.Tests.Normalization.OtlpValues;

namespace Telltale.Core.Tests.Normalization;

public class SpanNormalizerEdgeCaseTests
{
    private static AiSpan Normalize(params (string Key, AnyValue Value)[] attributes)
    {
        var span = new Span
        {
            TraceId = ByteString.CopyFrom(Convert.FromHexString("0AF7651916CD43DD8448EB211C80319C")),
            SpanId = ByteString.CopyFrom(Convert.FromHexString("B7AD6B7169203331")),
            Name = "custom",
        };
        span.Attributes.AddRange(Attributes(attributes));
        return SpanNormalizer.Normalize(span, ResourceContext.Empty, null);
    }

    [Fact]
    public void Ids_are_lower_case_hex_and_an_empty_parent_is_null()
    {
        var span = Normalize();

        Assert.Equal("0af7651916cd43dd8448eb211c80319c", span.TraceId);
        Assert.Equal("b7ad6b7169203331", span.SpanId);
        Assert.Null(span.ParentSpanId);
        Assert.Equal("unknown_service", span.System);
        Assert.Equal(AiSpanKind.Other, span.Kind);
        Assert.Equal("{}", span.AttributesJson);
        Assert.Equal("[]", span.EventsJson);
    }

    [Fact]
    public void A_span_with_model_and_tokens_but_no_operation_is_an_llm_call()
    {
        var span = Normalize(("gen_ai.request.model", Str("gpt-4o")), ("gen_ai.usage.input_tokens", Str("10")));

        Assert.Equal(AiSpanKind.Llm, span.Kind);
        Assert.Equal(10, span.Usage.Input);
    }

    [Fact]
    public void An_emitter_computed_cost_is_kept_on_model_calls_only()
    {
        var llm = Normalize(("openinference.span.kind", Str("LLM")), ("llm.model_name", Str("gpt-4o")), ("llm.cost.total", Dbl(0.0125)));
        var chain = Normalize(("openinference.span.kind", Str("CHAIN")), ("llm.cost.total", Dbl(0.0125)));

        Assert.Equal(0.0125m, llm.CostUsd);
        Assert.Null(chain.CostUsd);
        Assert.Contains("llm.cost.total", chain.AttributesJson);
    }

    [Fact]
    public void A_different_response_model_is_a_fallback_but_a_dated_version_is_not()
    {
        Assert.False(Normalize(("gen_ai.request.model", Str("GPT-4o")), ("gen_ai.response.model", Str("gpt-4o-2024-08-06"))).IsFallback);
        Assert.True(Normalize(("gen_ai.request.model", Str("claude-sonnet-4-5")), ("gen_ai.response.model", Str("claude-haiku-4-5"))).IsFallback);
        Assert.True(Normalize(("telltale.fallback", Bool(true))).IsFallback);
    }

    [Fact]
    public void Provider_spellings_are_unified()
    {
        Assert.Equal("anthropic", Normalize(("gen_ai.system", Str("Anthropic"))).Provider);
        Assert.Equal("azure.ai.openai", Normalize(("gen_ai.system", Str("az.ai.openai"))).Provider);
    }

    [Fact]
    public void Unparsable_values_stay_in_attributes_instead_of_being_lost()
    {
        var span = Normalize(("gen_ai.usage.input_tokens", Str("lots")), ("gen_ai.provider.name", Str("openai")), ("gen_ai.system", Str("openai-old")));

        Assert.True(span.Usage.IsEmpty);
        Assert.Equal("lots", JsonAssert.Property(span.AttributesJson, "gen_ai.usage.input_tokens").GetString());
        Assert.Equal("openai-old", JsonAssert.Property(span.AttributesJson, "gen_ai.system").GetString());
        JsonAssert.Lacks(span.AttributesJson, "gen_ai.provider.name");
    }

    [Fact]
    public void Reranker_output_documents_become_the_span_documents()
    {
        var span = Normalize(
            ("openinference.span.kind", Str("RERANKER")),
            ("reranker.model_name", Str("cross-encoder/ms-marco-MiniLM-L-6-v2")),
            ("reranker.input_documents.0.document.id", Str("a")),
            ("reranker.output_documents.0.document.id", Str("b")),
            ("reranker.output_documents.0.document.score", Dbl(0.7)));

        Assert.Equal(AiSpanKind.Rerank, span.Kind);
        var document = Assert.Single(span.Documents);
        Assert.Equal("b", document.Id);
        Assert.Equal(0.7, document.Score);
        Assert.Equal("cross-encoder/ms-marco-MiniLM-L-6-v2", span.ResponseModel);
        JsonAssert.Property(span.AttributesJson, "reranker.input_documents.0.document.id");
    }

    [Fact]
    public void Resource_context_reads_service_environment_and_version()
    {
        var resource = new Resource();
        resource.Attributes.AddRange(Attributes(
            ("service.name", Str("svc")), ("deployment.environment", Str("old")),
            ("deployment.environment.name", Str("new")), ("service.version", Str("1.2"))));

        var context = ResourceContext.From(resource);

        Assert.Equal("svc", context.System);
        Assert.Equal("new", context.Environment);
        Assert.Equal("1.2", context.ServiceVersion);
        Assert.Equal("svc", JsonAssert.Property(context.ResourceAttributesJson, "service.name").GetString());
    }
}
