using System.Text;
using Telltale.Otlp;
using Telltale.Otlp.Json;
using Telltale.Otlp.Proto.Collector.Trace;

namespace Telltale.Otlp.Tests;

public class OtlpJsonParserTests
{
    private static ExportTraceServiceRequest Parse(string json) =>
        OtlpJsonParser.Parse<ExportTraceServiceRequest>(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Hex_ids_and_string_or_number_int64_values_decode()
    {
        var request = Parse("""
            {"resourceSpans":[{"scopeSpans":[{"spans":[{
              "traceId":"5B8EFFF798038103D269B633813FC60C","spanId":"eee19b7ec3c1b174","parentSpanId":"",
              "name":"chat gpt-4o","kind":3,"startTimeUnixNano":"1544712660000000000","endTimeUnixNano":1544712661000000000,
              "attributes":[{"key":"gen_ai.usage.input_tokens","value":{"intValue":"42"}},
                            {"key":"n","value":{"intValue":7}}],
              "someFutureField":{"x":1}
            }]}]}]}
            """);

        var span = request.ResourceSpans[0].ScopeSpans[0].Spans[0];
        Assert.Equal("5b8efff798038103d269b633813fc60c", Convert.ToHexStringLower(span.TraceId.Span));
        Assert.Equal("eee19b7ec3c1b174", Convert.ToHexStringLower(span.SpanId.Span));
        Assert.True(span.ParentSpanId.IsEmpty);
        Assert.Equal(1544712660000000000UL, span.StartTimeUnixNano);
        Assert.Equal(1544712661000000000UL, span.EndTimeUnixNano);
        Assert.Equal(42, span.Attributes[0].Value.IntValue);
        Assert.Equal(7, span.Attributes[1].Value.IntValue);
        Assert.Equal(Telltale.Otlp.Proto.Trace.Span.Types.SpanKind.Client, span.Kind);
    }

    [Theory]
    [InlineData("{", "not valid JSON")]
    [InlineData("[]", "must be a JSON object")]
    [InlineData("""{"resourceSpans":[{"scopeSpans":[{"spans":[{"traceId":"zz"}]}]}]}""", "traceId")]
    [InlineData("""{"resourceSpans":"nope"}""", "OTLP")]
    public void Undecodable_bodies_raise_a_message_naming_the_problem(string json, string expected)
    {
        var ex = Assert.Throws<OtlpDecodeException>(() => Parse(json));
        Assert.Contains(expected, ex.Message);
    }
}
