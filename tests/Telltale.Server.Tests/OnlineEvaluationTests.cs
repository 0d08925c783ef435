using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Telltale.Core.Alerting;
using Telltale.Core.Scores;
using Telltale.Otlp.Proto.Trace;
using Telltale.Server.Tests.Infrastructure;
using static Telltale.Server.Tests.Infrastructure.OtlpRequests;

namespace Telltale.Server.Tests;

/// <summary>Online evaluators over stored production calls: scores written, sampling honoured, alerts on quality.</summary>
public class OnlineEvaluationTests
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Telltale:Evaluation:LagSeconds"] = "0",
        ["Telltale:Evaluation:IntervalSeconds"] = "3600",
        ["Telltale:Evaluation:DefaultSampleRate"] = "1",
        ["Telltale:Alerting:EvaluationDelaySeconds"] = "0",
        ["Telltale:Alerting:IntervalSeconds"] = "3600",
        ["Telltale:Alerting:DefaultRules"] = "false",
    };

    private static Span Answered(string answer, DateTimeOffset at)
    {
        var span = ChatSpan(start: at);
        span.Attributes.Add(Attr("gen_ai.output.messages", JsonSerializer.Serialize(new[]
        {
            new { role = "assistant", parts = new[] { new { type = "text", content = answer } }, finish_reason = "stop" },
        })));
        return span;
    }

    private static async Task SendAsync(TelltaleTestServer telltale, int refusals, int answers)
    {
        var at = DateTimeOffset.UtcNow.AddMinutes(-2);
        var spans = Enumerable.Range(0, refusals).Select(i => Answered("I'm sorry, but I can't help with that request.", at.AddSeconds(i)))
            .Concat(Enumerable.Range(0, answers).Select(i => Answered($"Your refund for order {i} was issued to your card today.", at.AddSeconds(30 + i))))
            .ToArray();
        Assert.Equal(HttpStatusCode.OK, (await telltale.Client.PostAsync("/v1/traces", Protobuf(Traces("support-bot", spans)))).StatusCode);
    }

    private static async Task<int> RunAsync(TelltaleTestServer telltale)
    {
        var response = await telltale.Client.PostAsync("/api/v1/evaluators/run", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("scores").GetInt32();
    }

    [Fact]
    public async Task Evaluators_score_new_calls_once_and_a_quality_rule_fires_on_the_refusal_rate()
    {
        await using var telltale = await TelltaleTestServer.StartAsync(Settings);
        await SendAsync(telltale, refusals: 8, answers: 12);

        Assert.True(await RunAsync(telltale) > 0);
        Assert.Equal(0, await RunAsync(telltale)); // nothing new since the last run

        var refusal = await telltale.GetAsync<List<ScoreRecord>>("/api/v1/scores?range=1h&name=refusal&limit=1000");
        Assert.Equal(20, refusal.Count);
        Assert.Equal(8, refusal.Count(s => s.NumericValue == 1));
        Assert.All(refusal, s => Assert.Equal(("evaluator", "support-bot"), (s.Source, s.System!)));
        Assert.StartsWith("refusal v1:", refusal[0].Comment);

        var rule = """
            {"id":"refusals","name":"Refusal rate above 20 %","metric":"score.refusal","window":"10m","minSamples":10,
             "condition":{"type":"static","direction":"up","threshold":0.2}}
            """;
        Assert.Equal(HttpStatusCode.Created, (await telltale.Client.PostAsync("/api/v1/alert-rules", Json(rule))).StatusCode);
        await telltale.Client.PostAsync("/api/v1/alert-rules/evaluate", null);

        var alert = Assert.Single(await telltale.GetAsync<List<AlertRecord>>("/api/v1/alerts?state=firing"));
        Assert.Equal(0.4, alert.Value!.Value, 9);
    }

    [Fact]
    public async Task A_sample_rate_of_zero_turns_an_evaluator_off()
    {
        await using var telltale = await TelltaleTestServer.StartAsync(Settings);
        var put = await telltale.Client.PutAsJsonAsync("/api/v1/evaluators", new[] { new { name = "refusal", enabled = true, sampleRate = 0.0 } });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        await SendAsync(telltale, refusals: 5, answers: 5);

        await RunAsync(telltale);

        Assert.Empty(await telltale.GetAsync<List<ScoreRecord>>("/api/v1/scores?range=1h&name=refusal"));
        Assert.Equal(10, (await telltale.GetAsync<List<ScoreRecord>>("/api/v1/scores?range=1h&name=empty_answer")).Count);
        var bad = await telltale.Client.PutAsJsonAsync("/api/v1/evaluators", new[] { new { name = "vibes", enabled = true, sampleRate = 1.0 } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
