using System.Net;
using Telltale.Core.Alerting;
using Telltale.Otlp.Proto.Trace;
using Telltale.Server.Tests.Infrastructure;
using static Telltale.Server.Tests.Infrastructure.OtlpRequests;

namespace Telltale.Server.Tests;

/// <summary>Relative-to-baseline and anomaly rules over a week of history sent through OTLP.</summary>
public class AlertingBaselineTests
{
    private static readonly Dictionary<string, string?> NoDelay = new()
    {
        ["Telltale:Alerting:EvaluationDelaySeconds"] = "0",
        ["Telltale:Alerting:IntervalSeconds"] = "3600",
    };

    private static async Task SendAsync(TelltaleTestServer telltale, IEnumerable<Span> spans) =>
        Assert.Equal(HttpStatusCode.OK, (await telltale.Client.PostAsync("/v1/traces", Protobuf(Traces("support-bot", spans.ToArray())))).StatusCode);

    private static async Task<List<AlertRecord>> EvaluateAsync(TelltaleTestServer telltale)
    {
        Assert.Equal(HttpStatusCode.OK, (await telltale.Client.PostAsync("/api/v1/alert-rules/evaluate", null)).StatusCode);
        return await telltale.GetAsync<List<AlertRecord>>("/api/v1/alerts?state=firing");
    }

    /// <summary>gpt-4o calls at $0.0045 each (1,000 input and 200 output tokens).</summary>
    private static IEnumerable<Span> Gpt4o(int calls, DateTimeOffset at, string version) =>
        Enumerable.Range(0, calls).Select(i => ChatSpan(model: "gpt-4o", inputTokens: 1000, outputTokens: 200, start: at.AddSeconds(i)).WithResponseModel(version));

    [Fact]
    public async Task A_25_percent_daily_cost_rise_fires_naming_the_model_and_the_model_change_before_it()
    {
        await using var telltale = await TelltaleTestServer.StartAsync(NoDelay);
        var now = DateTimeOffset.UtcNow;
        for (var day = 1; day <= 7; day++)
            await SendAsync(telltale, Gpt4o(20, now.AddDays(-day - 0.5), "gpt-4o-2024-08-06"));
        Assert.DoesNotContain(await EvaluateAsync(telltale), a => a.Metric == "costUsd");

        await SendAsync(telltale, Gpt4o(25, now.AddHours(-2), "gpt-4o-2024-11-20"));
        var alert = Assert.Single(await EvaluateAsync(telltale), a => a.Metric == "costUsd");

        Assert.Equal("default-support-bot-daily-cost", alert.RuleId);
        Assert.Equal(25 * 0.0045, alert.Value!.Value, 9);
        Assert.Equal(20 * 0.0045, alert.NormalValue!.Value, 9);
        Assert.Equal(new Concentration("model", "gpt-4o-2024-11-20", 1.0), alert.ConcentratedIn);
        Assert.Contains("Concentrated in model=gpt-4o-2024-11-20", alert.Context);
        Assert.Contains("new model gpt-4o-2024-11-20 answering", alert.Context);
        Assert.Equal(3, alert.ExampleTraceIds.Count);
    }

    [Fact]
    public async Task A_cost_rise_under_the_margin_stays_quiet()
    {
        await using var telltale = await TelltaleTestServer.StartAsync(NoDelay);
        var now = DateTimeOffset.UtcNow;
        for (var day = 1; day <= 7; day++)
            await SendAsync(telltale, Gpt4o(20, now.AddDays(-day - 0.5), "gpt-4o-2024-08-06"));
        await SendAsync(telltale, Gpt4o(23, now.AddHours(-2), "gpt-4o-2024-08-06")); // +15 %

        Assert.DoesNotContain(await EvaluateAsync(telltale), a => a.Metric == "costUsd");
    }

    [Fact]
    public async Task Latency_far_outside_its_daily_seasonal_history_fires_an_anomaly_rule()
    {
        await using var telltale = await TelltaleTestServer.StartAsync(NoDelay);
        var rule = """
            {"id":"latency-anomaly","name":"p95 latency anomaly","metric":"latencyP95Ms","window":"1h","minSamples":10,
             "condition":{"type":"anomaly","direction":"up","seasonality":"daily","zThreshold":4,"recoveryZ":2,"minSeasons":3}}
            """;
        Assert.Equal(HttpStatusCode.Created, (await telltale.Client.PostAsync("/api/v1/alert-rules", Json(rule))).StatusCode);
        var now = DateTimeOffset.UtcNow;
        var random = new Random(7);
        for (var day = 1; day <= 7; day++)
            await SendAsync(telltale, Enumerable.Range(0, 30).Select(i => ChatSpan(start: now.AddDays(-day).AddMinutes(-30).AddSeconds(i), durationMs: 800 + random.Next(200))));
        await SendAsync(telltale, Enumerable.Range(0, 30).Select(i => ChatSpan(start: now.AddMinutes(-30).AddSeconds(i), durationMs: 900 + random.Next(100))));
        Assert.DoesNotContain(await EvaluateAsync(telltale), a => a.RuleId == "latency-anomaly");

        await SendAsync(telltale, Enumerable.Range(0, 30).Select(i => ChatSpan(start: now.AddMinutes(-20).AddSeconds(i), durationMs: 3000 + random.Next(300))));
        var alert = Assert.Single(await EvaluateAsync(telltale), a => a.RuleId == "latency-anomaly");

        Assert.True(alert.Value > 2900, $"p95 {alert.Value}");
        Assert.InRange(alert.NormalValue!.Value, 900, 1000);
    }
}
