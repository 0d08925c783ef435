using System.Diagnostics;
using System.Diagnostics.Metrics;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Telltale.Core.Querying;
using Telltale.Server.Tests.Infrastructure;

namespace Telltale.Server.Tests;

/// <summary>The OpenTelemetry .NET SDK's own OTLP exporter, unmodified, sending to the real server.</summary>
public class OtlpSdkExporterTests
{
    [Theory]
    [InlineData(OtlpExportProtocol.HttpProtobuf)]
    [InlineData(OtlpExportProtocol.Grpc)]
    public async Task Sdk_exporter_spans_are_stored_normalized_and_priced(OtlpExportProtocol protocol)
    {
        await using var telltale = await TelltaleTestServer.StartAsync();
        var sourceName = $"test.genai.{protocol}";
        using var source = new ActivitySource(sourceName);
        using (var tracing = Sdk.CreateTracerProviderBuilder()
                   .SetResourceBuilder(ResourceBuilder.CreateEmpty().AddService("checkout-assistant", serviceVersion: "2.3.1")
                       .AddAttributes([new("deployment.environment.name", "production")]))
                   .AddSource(sourceName)
                   .AddOtlpExporter(o => Configure(o, telltale, protocol, "v1/traces"))
                   .Build())
        {
            using (var root = source.StartActivity("handle_question", ActivityKind.Server))
            {
                root!.SetTag("user.id", "user-42");
                using (var chat = source.StartActivity("chat gpt-4o", ActivityKind.Client))
                {
                    chat!.SetTag("gen_ai.operation.name", "chat");
                    chat.SetTag("gen_ai.provider.name", "openai");
                    chat.SetTag("gen_ai.request.model", "gpt-4o");
                    chat.SetTag("gen_ai.response.model", "gpt-4o-2024-08-06");
                    chat.SetTag("gen_ai.usage.input_tokens", 1200);
                    chat.SetTag("gen_ai.usage.output_tokens", 300);
                    chat.SetTag("gen_ai.usage.cache_read.input_tokens", 200);
                    chat.SetTag("gen_ai.response.finish_reasons", new[] { "stop" });
                    chat.SetTag("gen_ai.conversation.id", "conv-7");
                    chat.SetTag("gen_ai.input.messages",
                        """[{"role":"user","parts":[{"type":"text","content":"Where is order 1234?"}]}]""");
                    chat.SetTag("gen_ai.output.messages",
                        """[{"role":"assistant","parts":[{"type":"text","content":"It ships tomorrow."}],"finish_reason":"stop"}]""");
                }
                using (var tool = source.StartActivity("execute_tool lookup_order"))
                {
                    tool!.SetTag("gen_ai.operation.name", "execute_tool");
                    tool.SetTag("gen_ai.tool.name", "lookup_order");
                    tool.SetTag("gen_ai.tool.call.arguments", """{"orderId":"1234"}""");
                    tool.SetTag("gen_ai.tool.call.result", """{"status":"packed"}""");
                    tool.SetStatus(ActivityStatusCode.Error, "warehouse timeout");
                }
            }
            Assert.True(tracing.ForceFlush(10_000));
        }

        var page = await TelltaleTestServer.EventuallyAsync(
            () => telltale.GetAsync<TracePage>("/api/v1/traces?system=checkout-assistant&range=1h"), p => p.Items.Count > 0);
        var summary = Assert.Single(page.Items);
        Assert.Equal("handle_question", summary.RootName);
        Assert.Equal("error", summary.Status);
        Assert.Equal(3, summary.SpanCount);

        var trace = await telltale.GetAsync<TraceDetail>($"/api/v1/traces/{summary.TraceId}");
        var chatSpan = Assert.Single(trace.Spans, s => s.Kind == "llm");
        Assert.Equal("openai", chatSpan.Provider);
        Assert.Equal("gpt-4o", chatSpan.RequestModel);
        Assert.Equal("gpt-4o-2024-08-06", chatSpan.Model);
        Assert.Equal(1200, chatSpan.InputTokens);
        Assert.Equal(300, chatSpan.OutputTokens);
        Assert.Equal(200, chatSpan.CacheReadTokens);
        Assert.False(chatSpan.TokensEstimated);
        // gpt-4o: $2.50 / 1M input, $1.25 / 1M cached input, $10 / 1M output.
        Assert.Equal(1000 * 2.50m / 1_000_000 + 200 * 1.25m / 1_000_000 + 300 * 10m / 1_000_000, chatSpan.CostUsd);
        Assert.Equal(["stop"], chatSpan.FinishReasons);
        Assert.Equal("conv-7", chatSpan.SessionId);
        Assert.Equal("Where is order 1234?", Assert.Single(chatSpan.InputMessages).Content);
        Assert.Equal("It ships tomorrow.", Assert.Single(chatSpan.OutputMessages).Content);
        Assert.Equal("production", chatSpan.Environment);
        Assert.Equal("2.3.1", chatSpan.ServiceVersion);

        var toolSpan = Assert.Single(trace.Spans, s => s.Kind == "tool");
        Assert.Equal("lookup_order", toolSpan.Tool!.Name);
        Assert.Equal("""{"orderId":"1234"}""", toolSpan.Tool.Arguments);
        Assert.Equal("error", toolSpan.Status);
        Assert.Equal("warehouse timeout", toolSpan.StatusMessage);

        var rootSpan = Assert.Single(trace.Spans, s => s.ParentSpanId is null);
        Assert.All(trace.Spans.Where(s => s != rootSpan), s => Assert.Equal(rootSpan.SpanId, s.ParentSpanId));
        Assert.Equal("user-42", rootSpan.UserId);

        var systems = await telltale.GetAsync<List<SystemSummary>>("/api/v1/systems");
        var system = Assert.Single(systems);
        Assert.Equal("checkout-assistant", system.Name);
        Assert.Equal(["production"], system.Environments);
        Assert.Equal(["2.3.1"], system.Versions);
    }

    [Theory]
    [InlineData(OtlpExportProtocol.HttpProtobuf)]
    [InlineData(OtlpExportProtocol.Grpc)]
    public async Task Sdk_exporter_genai_metrics_are_kept(OtlpExportProtocol protocol)
    {
        await using var telltale = await TelltaleTestServer.StartAsync();
        var meterName = $"test.genai.meter.{protocol}";
        using var meter = new Meter(meterName);
        var tokens = meter.CreateHistogram<int>("gen_ai.client.token.usage", "{token}");
        using (var metrics = Sdk.CreateMeterProviderBuilder()
                   .SetResourceBuilder(ResourceBuilder.CreateEmpty().AddService("checkout-assistant"))
                   .AddMeter(meterName)
                   .AddOtlpExporter((o, reader) =>
                   {
                       Configure(o, telltale, protocol, "v1/metrics");
                       reader.TemporalityPreference = MetricReaderTemporalityPreference.Delta;
                   })
                   .Build())
        {
            tokens.Record(1200, new("gen_ai.token.type", "input"), new("gen_ai.request.model", "gpt-4o"));
            tokens.Record(800, new("gen_ai.token.type", "input"), new("gen_ai.request.model", "gpt-4o"));
            tokens.Record(300, new("gen_ai.token.type", "output"), new("gen_ai.request.model", "gpt-4o"));
            Assert.True(metrics.ForceFlush(10_000));
        }

        var series = await TelltaleTestServer.EventuallyAsync(
            () => telltale.GetAsync<List<GenAiMetricSeries>>("/api/v1/otlp-metrics?name=gen_ai.client.token.usage&range=1h"),
            s => s.Count >= 2);
        var input = Assert.Single(series, s => s.Attributes.GetProperty("gen_ai.token.type").GetString() == "input");
        Assert.Equal("histogram", input.Type);
        Assert.Equal("{token}", input.Unit);
        Assert.Equal(2, input.Count);
        Assert.Equal(2000, input.Sum);
        Assert.Equal("checkout-assistant", input.System);
    }

    private static void Configure(OtlpExporterOptions o, TelltaleTestServer telltale, OtlpExportProtocol protocol, string path)
    {
        o.Protocol = protocol;
        o.Endpoint = protocol == OtlpExportProtocol.Grpc ? telltale.GrpcAddress : new Uri(telltale.HttpAddress, path);
        o.Headers = $"Authorization=Bearer {TelltaleTestServer.AdminKey}";
        o.ExportProcessorType = ExportProcessorType.Simple;
    }
}
