using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Telltale.Core.Alerting;
using Telltale.Core.Evaluation.Canary;
using Telltale.Core.Serialization;
using Telltale.Server.Tests.Infrastructure;

namespace Telltale.Server.Tests.Quality;

public class CanaryApiTests
{
    [Fact]
    public async Task Connection_keys_are_never_returned_and_survive_a_change_of_url()
    {
        await using var telltale = await TelltaleTestServer.StartAsync();
        await QualityScenario.Ok(telltale.Client.PutAsJsonAsync("/api/v1/llm-connections/openai", new { baseUrl = "https://api.openai.com/v1/", apiKey = "sk-proj-abcdefghijklmnop1234" }));
        await QualityScenario.Ok(telltale.Client.PutAsJsonAsync("/api/v1/llm-connections/openai", new { baseUrl = "https://gateway.example.com/v1/" }));

        var listed = await telltale.Client.GetStringAsync("/api/v1/llm-connections");
        Assert.DoesNotContain("abcdefghijklmnop", listed);
        var connection = JsonDocument.Parse(listed).RootElement[0];
        Assert.Equal("…1234", connection.GetProperty("apiKey").GetString());
        Assert.Equal("https://gateway.example.com/v1/", connection.GetProperty("baseUrl").GetString());

        var bad = await telltale.Client.PutAsJsonAsync("/api/v1/llm-connections/broken", new { baseUrl = "ftp://x" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("'baseUrl' must be an absolute http(s) URL", await bad.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_canary_with_missing_parts_is_refused_naming_each_and_a_valid_one_brings_its_alert_rule()
    {
        await using var telltale = await TelltaleTestServer.StartAsync();
        var empty = await telltale.Client.PutAsJsonAsync("/api/v1/canaries/golden", new { });
        var detail = JsonDocument.Parse(await empty.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString()!;
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("'system' is required", detail);
        Assert.Contains("'dataset' is required", detail);
        Assert.Contains("none exist: PUT /api/v1/llm-connections/{name}", detail);
        Assert.Contains("'scorers' must list at least one scorer", detail);

        await QualityScenario.Ok(telltale.Client.PutAsJsonAsync("/api/v1/llm-connections/local", new { baseUrl = "http://127.0.0.1:9/v1/" }));
        var noDataset = await telltale.Client.PutAsJsonAsync("/api/v1/canaries/golden", Canary("nope"));
        Assert.Contains("'dataset' 'nope' does not exist", await noDataset.Content.ReadAsStringAsync());

        await QualityScenario.Ok(telltale.Client.PostAsJsonAsync("/api/v1/datasets", new { name = "questions" }));
        await QualityScenario.Ok(telltale.Client.PostAsJsonAsync("/api/v1/datasets/questions/items", new[] { new { input = "Return window?", referenceOutput = "30 days" } }));
        Assert.Equal(HttpStatusCode.Created, (await telltale.Client.PutAsJsonAsync("/api/v1/canaries/golden", Canary("questions"))).StatusCode);

        var rule = await telltale.GetAsync<AlertRule>($"/api/v1/alert-rules/{CanaryAlertRule.IdOf("golden")}");
        Assert.Equal("canaryRegression.golden", rule.Metric);
        Assert.Equal(["support"], rule.Filters["system"]);

        // The target cannot be reached (nothing listens on port 9): the run fails and says why; no baseline is pinned.
        var run = TelltaleJson.Deserialize<CanaryRun>(await (await QualityScenario.Ok(telltale.Client.PostAsync("/api/v1/canaries/golden/runs", null))).Content.ReadAsStringAsync())!;
        Assert.Equal(CanaryRun.Failed, run.Status);
        Assert.Contains("local could not be reached", run.Error);
        Assert.Null((await telltale.GetAsync<CanaryDefinition>("/api/v1/canaries/golden")).BaselineRunId);
        var pin = await telltale.Client.PostAsJsonAsync("/api/v1/canaries/golden/baseline", new { runId = run.Id });
        Assert.Equal(HttpStatusCode.BadRequest, pin.StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await telltale.Client.DeleteAsync("/api/v1/canaries/golden")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await telltale.Client.GetAsync($"/api/v1/alert-rules/{CanaryAlertRule.IdOf("golden")}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await telltale.Client.PostAsync("/api/v1/canaries/golden/runs", null)).StatusCode);
    }

    [Theory]
    [InlineData("""{ "system": """, "Path: $.system")]
    [InlineData("""{ "marginPercent": "lots" }""", "Path: $.marginPercent")]
    public async Task A_body_that_is_not_the_expected_json_is_a_400_saying_where(string body, string named)
    {
        await using var telltale = await TelltaleTestServer.StartAsync();
        var response = await telltale.Client.PutAsync("/api/v1/canaries/golden", OtlpRequests.Json(body));
        var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString()!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("The body is not the JSON this endpoint takes:", detail);
        Assert.Contains(named, detail);
        Assert.Equal("[]", await telltale.Client.GetStringAsync("/api/v1/canaries"));
    }

    [Fact]
    public async Task A_body_that_is_not_json_at_all_is_a_415_naming_the_content_type()
    {
        await using var telltale = await TelltaleTestServer.StartAsync();
        var response = await telltale.Client.PutAsync("/api/v1/canaries/golden", new StringContent("system=support", System.Text.Encoding.UTF8, "text/plain"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("text/plain", JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString()!);
        Assert.Equal("[]", await telltale.Client.GetStringAsync("/api/v1/canaries"));
    }

    private static object Canary(string dataset) => new
    {
        system = "support",
        dataset,
        target = new { connection = "local", model = "gpt-4o-mini" },
        scorers = new[] { new { type = "contains" } },
    };

    [Fact]
    public async Task A_pinned_baseline_is_what_later_runs_are_compared_with()
    {
        await using var scenario = await QualityScenario.StartAsync();
        var first = await scenario.RunCanaryAsync();
        scenario.Model.Behaviour = Infrastructure.OpenAi.AssistantBehaviour.VendorUpdate;
        var updated = await scenario.RunCanaryAsync();
        Assert.True(updated.Comparison!.Regressed);

        // The team accepts the new behaviour: the updated run becomes the baseline, and the same behaviour is no longer a regression.
        await QualityScenario.Ok(scenario.Telltale.Client.PostAsJsonAsync($"/api/v1/canaries/{QualityScenario.CanaryName}/baseline", new { runId = updated.Id }));
        var next = await scenario.RunCanaryAsync();
        Assert.Equal(updated.Id, next.Comparison!.BaselineRunId);
        Assert.False(next.Comparison.Regressed);

        var runs = await scenario.Telltale.GetAsync<List<CanaryRun>>($"/api/v1/canaries/{QualityScenario.CanaryName}/runs");
        Assert.Equal([next.Id, updated.Id, first.Id], runs.Select(r => r.Id));
        Assert.All(runs, r => Assert.Empty(r.Items));
        var full = await scenario.Telltale.GetAsync<CanaryRun>($"/api/v1/canary-runs/{updated.Id}");
        Assert.Equal(100, full.Items.Count);
        Assert.Equal("Correct but hedged and padded.", full.Items[0].Reasons["correctness"]);
        Assert.True(full.CostUsd > 0);
        Assert.NotNull(full.TraceId);
    }
}
