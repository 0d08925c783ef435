using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Telltale.Core.Querying;
using Telltale.Server.Tests.Infrastructure;
using static Telltale.Server.Tests.Infrastructure.OtlpRequests;

namespace Telltale.Server.Tests;

/// <summary>Health, Prometheus metrics, the OpenAPI document, and per-project price overrides.</summary>
public class OperationsEndpointsTests
{
    [Fact]
    public async Task Health_metrics_and_openapi_are_served()
    {
        await using var telltale = await TelltaleTestServer.StartAsync();
        using var anonymous = telltale.CreateClient(null);
        await telltale.Client.PostAsync("/v1/traces", Protobuf(Traces("svc", ChatSpan(), ChatSpan())));

        Assert.Equal("ok", await anonymous.GetStringAsync("/healthz"));
        Assert.Equal("ready", await anonymous.GetStringAsync("/readyz"));
        var metrics = await anonymous.GetStringAsync("/metrics");
        Assert.Contains("telltale_ingested_rows_total{signal=\"spans\"} 2", metrics);
        Assert.Contains("telltale_write_queue_rows", metrics);
        Assert.Contains("telltale_commit_duration_seconds_bucket", metrics);
        Assert.Contains("process_working_set_bytes", metrics);
        var openApi = await anonymous.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/v1/traces/{traceId}", openApi);
        Assert.Contains("/api/v1/metrics", openApi);
    }

    [Fact]
    public async Task Price_overrides_apply_to_spans_ingested_afterwards()
    {
        await using var telltale = await TelltaleTestServer.StartAsync();
        var before = ChatSpan(model: "gpt-4o-mini");
        await telltale.Client.PostAsync("/v1/traces", Protobuf(Traces("svc", before)));

        var put = await telltale.Client.PutAsync("/api/v1/prices/overrides",
            Json("""[{"provider":"openai","match":"gpt-4o-mini","input":1.00,"output":2.00}]"""));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var after = ChatSpan(model: "gpt-4o-mini");
        await telltale.Client.PostAsync("/v1/traces", Protobuf(Traces("svc", after)));

        var beforeCost = (await telltale.GetAsync<TraceDetail>($"/api/v1/traces/{Convert.ToHexStringLower(before.TraceId.Span)}")).Summary.CostUsd;
        var afterCost = (await telltale.GetAsync<TraceDetail>($"/api/v1/traces/{Convert.ToHexStringLower(after.TraceId.Span)}")).Summary.CostUsd;
        Assert.Equal((100 * 0.15m + 20 * 0.60m) / 1_000_000, beforeCost);
        Assert.Equal((100 * 1.00m + 20 * 2.00m) / 1_000_000, afterCost);

        var prices = await telltale.GetAsync<JsonElement>("/api/v1/prices");
        Assert.Equal(1, prices.GetProperty("overrides").GetArrayLength());
        Assert.True(prices.GetProperty("prices").GetArrayLength() > 50);
    }

    [Fact]
    public async Task Invalid_price_overrides_are_400_and_change_nothing()
    {
        await using var telltale = await TelltaleTestServer.StartAsync();

        var badJson = await telltale.Client.PutAsync("/api/v1/prices/overrides", Json("[{\"match\":"));
        var badField = await telltale.Client.PutAsync("/api/v1/prices/overrides", Json("""[{"match":"x","input":1,"output":1,"cache_read":1}]"""));

        Assert.Equal(HttpStatusCode.BadRequest, badJson.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badField.StatusCode);
        Assert.Equal(0, (await telltale.GetAsync<JsonElement>("/api/v1/prices")).GetProperty("overrides").GetArrayLength());
    }

    [Fact]
    public async Task Tokens_are_estimated_with_a_tokenizer_when_the_provider_reports_none()
    {
        await using var telltale = await TelltaleTestServer.StartAsync();
        var span = ChatSpan(model: "gpt-4o", userText: "Hello, world!");
        span.Attributes.Remove(span.Attributes.Single(a => a.Key == "gen_ai.usage.input_tokens"));
        span.Attributes.Remove(span.Attributes.Single(a => a.Key == "gen_ai.usage.output_tokens"));
        await telltale.Client.PostAsync("/v1/traces", Protobuf(Traces("svc", span)));

        var stored = Assert.Single((await telltale.GetAsync<TraceDetail>($"/api/v1/traces/{Convert.ToHexStringLower(span.TraceId.Span)}")).Spans);

        Assert.True(stored.TokensEstimated);
        Assert.True(stored.InputTokens is > 4 and < 20, $"estimated {stored.InputTokens}");
        Assert.NotNull(stored.CostUsd);
    }
}
