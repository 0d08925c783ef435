using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Telltale.Core.Querying;
using Telltale.Core.Scores;
using Telltale.Server.Tests.Infrastructure;
using Telltale.Server.Tests.Infrastructure.OpenAi;

namespace Telltale.Server.Tests.Quality;

/// <summary>A project's own online evaluators over production calls: a regex, a JSON schema, and an LLM judge
/// whose calls are priced and traced.</summary>
public class CustomEvaluatorTests
{
    [Fact]
    public async Task Regex_and_judge_evaluators_score_production_calls_and_the_judge_spend_is_recorded()
    {
        await using var scenario = await QualityScenario.StartAsync();
        await QualityScenario.Ok(scenario.Telltale.Client.PutAsJsonAsync("/api/v1/evaluators/custom", new object[]
        {
            new { name = "mentions-order-page", type = "regex", pattern = @"order\s+page" },
            new { name = "helpfulness", type = "llm_judge", sampleRate = 1.0,
                  judge = new { connection = "standin", model = QualityStandIn.JudgeModel, prompt = "helpfulness" } },
        }));
        await scenario.AskAsync(10);
        scenario.Model.Behaviour = AssistantBehaviour.VendorUpdate;
        await scenario.AskAsync(10);

        await scenario.EvaluateOnlineAsync();

        var helpfulness = await scenario.Telltale.GetAsync<List<ScoreRecord>>("/api/v1/scores?range=1h&name=helpfulness&limit=1000");
        Assert.Equal(20, helpfulness.Count);
        Assert.Equal(10, helpfulness.Count(s => s.NumericValue == 1));
        Assert.Equal(10, helpfulness.Count(s => s.NumericValue == 0.6));
        Assert.All(helpfulness, s => Assert.Equal("evaluator", s.Source));
        Assert.Contains("Correct but hedged", helpfulness.First(s => s.NumericValue == 0.6).Comment);
        var regex = await scenario.Telltale.GetAsync<List<ScoreRecord>>("/api/v1/scores?range=1h&name=mentions-order-page&limit=1000");
        Assert.Equal(20, regex.Count);
        Assert.All(regex, s => Assert.Equal(1, s.NumericValue));

        var spend = await scenario.Telltale.GetAsync<MetricsResult>("/api/v1/metrics?range=1h&system=telltale-evaluation&groupBy=feature");
        var judge = Assert.Single(spend.Series, s => s.Group["feature"] == "judge:helpfulness");
        Assert.Equal(20, judge.Totals.Count);
        Assert.True(judge.Totals.CostUsd > 0);
        // Telltale's own calls are not evaluated as production traffic.
        Assert.Equal(0, await scenario.EvaluateOnlineAsync());
    }

    [Fact]
    public async Task A_batch_full_of_telltales_own_calls_does_not_skip_the_production_calls_after_it()
    {
        // Batches of 4: the judge's 4 calls of the first round fill the second round's batch on their own.
        await using var scenario = await QualityScenario.StartAsync(new Dictionary<string, string?> { ["Telltale:Evaluation:BatchSize"] = "4" });
        await QualityScenario.Ok(scenario.Telltale.Client.PutAsJsonAsync("/api/v1/evaluators/custom", new object[]
        {
            new { name = "helpfulness", type = "llm_judge", sampleRate = 1.0,
                  judge = new { connection = "standin", model = QualityStandIn.JudgeModel, prompt = "helpfulness" } },
        }));
        await scenario.AskAsync(4);
        await scenario.EvaluateOnlineAsync();
        await scenario.AskAsync(4);

        for (var round = 0; round < 5; round++) await scenario.EvaluateOnlineAsync();

        var helpfulness = await scenario.Telltale.GetAsync<List<ScoreRecord>>("/api/v1/scores?range=1h&name=helpfulness&limit=1000");
        Assert.Equal(8, helpfulness.Select(s => s.TraceId).Distinct().Count());
    }

    [Fact]
    public async Task A_json_schema_evaluator_scores_structured_answers()
    {
        await using var telltale = await TelltaleTestServer.StartAsync(new Dictionary<string, string?>
        {
            ["Telltale:Evaluation:LagSeconds"] = "0", ["Telltale:Evaluation:DefaultSampleRate"] = "1",
        });
        await QualityScenario.Ok(telltale.Client.PutAsync("/api/v1/evaluators/custom", OtlpRequests.Json("""
            [{ "name": "triage-schema", "type": "json_schema",
               "schema": { "type": "object", "required": ["category"], "properties": { "category": { "enum": ["billing", "bug"] } } } }]
            """)));
        var good = OtlpRequests.ChatSpan();
        good.Attributes.Add(OtlpRequests.Attr("gen_ai.output.messages", """[{"role":"assistant","parts":[{"type":"text","content":"{\"category\":\"billing\"}"}]}]"""));
        var bad = OtlpRequests.ChatSpan();
        bad.Attributes.Add(OtlpRequests.Attr("gen_ai.output.messages", """[{"role":"assistant","parts":[{"type":"text","content":"{\"category\":\"other\"}"}]}]"""));
        await QualityScenario.Ok(telltale.Client.PostAsync("/v1/traces", OtlpRequests.Protobuf(OtlpRequests.Traces("triage-bot", good, bad))));

        await QualityScenario.Ok(telltale.Client.PostAsync("/api/v1/evaluators/run", null));

        var scores = await telltale.GetAsync<List<ScoreRecord>>("/api/v1/scores?range=1h&name=triage-schema");
        Assert.Equal([0.0, 1.0], scores.Select(s => s.NumericValue!.Value).Order());
        Assert.Contains("/category", scores.Single(s => s.NumericValue == 0).Comment);
    }

    [Fact]
    public async Task Bad_custom_evaluators_are_refused_naming_each_problem()
    {
        await using var telltale = await TelltaleTestServer.StartAsync();
        var response = await telltale.Client.PutAsync("/api/v1/evaluators/custom", OtlpRequests.Json("""
            [{ "name": "refusal", "type": "regex", "pattern": "x" },
             { "name": "judge", "type": "llm_judge", "judge": { "connection": "missing", "model": "gpt-4o", "prompt": "Rate {{answer}}" } },
             { "name": "c", "type": "contains" },
             { "name": "r", "type": "regex", "pattern": "([" }]
            """));
        var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString()!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'refusal' is a built-in evaluator's", detail);
        Assert.Contains("'judge.connection' must name an LLM connection", detail);
        Assert.Contains("a contains evaluator needs 'text'", detail);
        Assert.Contains("'pattern' is not a valid regular expression", detail);
        Assert.Equal("[]", await telltale.Client.GetStringAsync("/api/v1/evaluators/custom"));
    }
}
