using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Telltale.Core.Alerting;
using Telltale.Otlp.Proto.Trace;
using Telltale.Server.Tests.Infrastructure;
using static Telltale.Server.Tests.Infrastructure.OtlpRequests;

namespace Telltale.Server.Tests;

/// <summary>Alert rules over real traffic sent through OTLP, evaluated by the real server.</summary>
public class AlertingTests
{
    private static readonly Dictionary<string, string?> NoDelay = new()
    {
        ["Telltale:Alerting:EvaluationDelaySeconds"] = "0",
        ["Telltale:Alerting:IntervalSeconds"] = "3600", // the tests evaluate on demand
    };

    private const string ErrorRateRule = """
        {"id":"error-rate","name":"Error rate above 5 %","metric":"errorRate","groupBy":["system"],"window":"10m",
         "condition":{"type":"static","direction":"up","threshold":0.05,"recovery":0.04},"minSamples":50,
         "severity":"critical","runbookUrl":"https://runbooks.example/errors"}
        """;

    private static async Task SendAsync(TelltaleTestServer telltale, string system, int ok, int errors)
    {
        var spans = new List<Span>();
        for (var i = 0; i < ok + errors; i++)
        {
            var span = ChatSpan();
            if (i < errors) span.Status = new Status { Code = Status.Types.StatusCode.Error, Message = "upstream 500" };
            spans.Add(span);
        }
        Assert.Equal(HttpStatusCode.OK, (await telltale.Client.PostAsync("/v1/traces", Protobuf(Traces(system, spans.ToArray())))).StatusCode);
    }

    private static async Task<List<AlertRecord>> EvaluateAsync(TelltaleTestServer telltale)
    {
        var response = await telltale.Client.PostAsync("/api/v1/alert-rules/evaluate", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await telltale.GetAsync<List<AlertRecord>>("/api/v1/alerts?state=firing");
    }

    [Fact]
    public async Task Error_rate_rule_fires_with_context_only_where_enough_requests_fail_and_resolves_past_recovery()
    {
        await using var telltale = await TelltaleTestServer.StartAsync(NoDelay);
        Assert.Equal(HttpStatusCode.Created, (await telltale.Client.PostAsync("/api/v1/alert-rules", Json(ErrorRateRule))).StatusCode);
        await telltale.Client.PostAsJsonAsync("/api/v1/changes", new { kind = "deployment", title = "busy-bot v3 rollout", system = "busy-bot" });

        await SendAsync(telltale, "busy-bot", ok: 90, errors: 10);  // 10 % of 100
        await SendAsync(telltale, "tiny-bot", ok: 1, errors: 2);    // 67 %, but only 3 requests
        var firing = await EvaluateAsync(telltale);

        var alert = Assert.Single(firing, a => a.RuleId == "error-rate");
        Assert.Equal("busy-bot", alert.System);
        Assert.Equal(AlertSeverity.Critical, alert.Severity);
        Assert.Equal(0.1, alert.Value!.Value, 9);
        Assert.Contains("errorRate for system=busy-bot is 0.1", alert.Context);
        Assert.Contains("busy-bot v3 rollout", alert.Context);
        Assert.Equal("https://runbooks.example/errors", alert.RunbookUrl?.ToString());
        Assert.Equal(alert.Context, (await telltale.GetAsync<AlertRecord>($"/api/v1/alerts/{alert.Id}")).Context);
        Assert.Equal(HttpStatusCode.NotFound, (await telltale.Client.GetAsync("/api/v1/alerts/no-such-alert")).StatusCode);

        await SendAsync(telltale, "busy-bot", ok: 60, errors: 0);  // 10 of 160 = 6.25 %: between trigger and recovery
        Assert.Single(await EvaluateAsync(telltale), a => a.RuleId == "error-rate");
        await SendAsync(telltale, "busy-bot", ok: 140, errors: 0); // 10 of 300 = 3.3 %: recovered
        Assert.DoesNotContain(await EvaluateAsync(telltale), a => a.RuleId == "error-rate");
        var resolved = await telltale.GetAsync<List<AlertRecord>>("/api/v1/alerts?state=resolved");
        Assert.Equal(alert.Id, Assert.Single(resolved, a => a.RuleId == "error-rate").Id);
    }

    [Fact]
    public async Task A_restart_keeps_a_firing_alert_without_announcing_it_again()
    {
        var dataDir = Directory.CreateTempSubdirectory("telltale-alert-restart-").FullName;
        await using (var telltale = await TelltaleTestServer.StartAsync(NoDelay, dataDir, keepData: true))
        {
            await telltale.Client.PostAsync("/api/v1/alert-rules", Json(ErrorRateRule));
            await SendAsync(telltale, "busy-bot", ok: 80, errors: 20);
            Assert.Single(await EvaluateAsync(telltale), a => a.RuleId == "error-rate");
        }

        await using (var restarted = await TelltaleTestServer.StartAsync(NoDelay, dataDir))
        {
            var changed = await (await restarted.Client.PostAsync("/api/v1/alert-rules/evaluate", null)).Content.ReadFromJsonAsync<JsonElement>();
            Assert.DoesNotContain(changed.EnumerateArray(), a => a.GetProperty("ruleId").GetString() == "error-rate");
            Assert.Single(await restarted.GetAsync<List<AlertRecord>>("/api/v1/alerts?state=firing"), a => a.RuleId == "error-rate");
        }
    }

    [Fact]
    public async Task New_systems_get_the_default_rule_pack_and_rules_without_data_stay_idle()
    {
        await using var telltale = await TelltaleTestServer.StartAsync(NoDelay);
        await SendAsync(telltale, "support-bot", ok: 5, errors: 0);

        var firing = await EvaluateAsync(telltale);
        var rules = await telltale.GetAsync<List<AlertRule>>("/api/v1/alert-rules");

        Assert.Empty(firing);
        Assert.Contains(rules, r => r.Metric == "errorRate" && r.Filters["system"].SequenceEqual(["support-bot"]));
        Assert.Contains(rules, r => r.Metric == "latencyP95Ms" && r.Condition is RelativeToBaseline { ChangePercent: 200 });
        Assert.Contains(rules, r => r.Metric == "costUsd" && r.Condition is RelativeToBaseline { ChangePercent: 20, Periods: 7 });
        Assert.Contains(rules, r => r.Metric == "costPerTraceUsd");
        Assert.Contains(rules, r => r.Metric == "thumbsUpRate");
        Assert.Contains(rules, r => r.Metric == "csat");
        Assert.DoesNotContain(rules, r => CanaryRuleMetrics.Handles(r.Metric)); // each canary brings its own rule

        // Deleted default rules are not re-created.
        var id = rules.First(r => r.Metric == "csat").Id;
        Assert.Equal(HttpStatusCode.NoContent, (await telltale.Client.DeleteAsync($"/api/v1/alert-rules/{id}")).StatusCode);
        await EvaluateAsync(telltale);
        Assert.DoesNotContain(await telltale.GetAsync<List<AlertRule>>("/api/v1/alert-rules"), r => r.Id == id);
    }

    [Theory]
    [InlineData("""{"name":"x","metric":"vibes","window":"5m","condition":{"type":"static","direction":"up","threshold":1}}""", "'metric' 'vibes' is unknown")]
    [InlineData("""{"name":"x","metric":"errorRate","window":"5m","groupBy":["colour"],"condition":{"type":"static","direction":"up","threshold":1}}""", "Unknown dimension 'colour'")]
    [InlineData("""{"name":"x","metric":"errorRate","window":"soon","condition":{"type":"static","direction":"up","threshold":1}}""", "duration")]
    [InlineData("""{"name":"x","metric":"errorRate","window":"5m","condition":{"type":"static","direction":"up","threshold":0.05,"recovery":0.5}}""", "good side")]
    [InlineData("""{"name":"x","metric":"errorRate","window":"5m"}""", "condition")]
    public async Task Invalid_rules_are_400_naming_the_problem(string json, string expected)
    {
        await using var telltale = await TelltaleTestServer.StartAsync(NoDelay);

        var response = await telltale.Client.PostAsync("/api/v1/alert-rules", Json(json));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
        Assert.Empty(await telltale.GetAsync<List<AlertRule>>("/api/v1/alert-rules"));
    }

    [Fact]
    public async Task Rules_can_be_read_changed_and_deleted()
    {
        await using var telltale = await TelltaleTestServer.StartAsync(NoDelay);
        await telltale.Client.PostAsync("/api/v1/alert-rules", Json(ErrorRateRule));

        Assert.Equal(HttpStatusCode.Conflict, (await telltale.Client.PostAsync("/api/v1/alert-rules", Json(ErrorRateRule))).StatusCode);
        var changed = await telltale.Client.PutAsync("/api/v1/alert-rules/error-rate", Json(ErrorRateRule.Replace("0.05", "0.10")));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var rule = await telltale.GetAsync<AlertRule>("/api/v1/alert-rules/error-rate");
        Assert.Equal(0.10, ((StaticThreshold)rule.Condition).Threshold);
        Assert.Equal(TimeSpan.FromMinutes(10), rule.Window);
        Assert.Equal(HttpStatusCode.NoContent, (await telltale.Client.DeleteAsync("/api/v1/alert-rules/error-rate")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await telltale.Client.GetAsync("/api/v1/alert-rules/error-rate")).StatusCode);
    }
}

public class AlertRulesFileTests
{
    [Fact]
    public async Task Rules_in_the_configured_yaml_file_are_loaded_at_start()
    {
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, """
            rules:
              - id: from-file
                name: Error rate from the rules file
                metric: errorRate
                window: 5m
                condition: { type: static, direction: up, threshold: 0.1 }
            """);
        await using var telltale = await TelltaleTestServer.StartAsync(new Dictionary<string, string?> { ["Telltale:Alerting:RulesFile"] = file });

        var rule = await telltale.GetAsync<AlertRule>("/api/v1/alert-rules/from-file");

        Assert.Equal("Error rate from the rules file", rule.Name);
        File.Delete(file);
    }

    [Fact]
    public async Task A_rules_file_with_problems_stops_the_start_naming_them()
    {
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, "rules:\n  - { id: x, name: X, metric: vibes, window: 5m, condition: { type: static, direction: up, threshold: 1 } }\n");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            TelltaleTestServer.StartAsync(new Dictionary<string, string?> { ["Telltale:Alerting:RulesFile"] = file }));

        Assert.Contains("'metric' 'vibes' is unknown", error.Message);
        File.Delete(file);
    }
}
