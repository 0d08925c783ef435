using System.Net;
using System.Net.Http.Json;
using Telltale.Core.Alerting.Incidents;
using Telltale.Otlp.Proto.Trace;
using Telltale.Server.Tests.Infrastructure;
using static Telltale.Server.Tests.Infrastructure.OtlpRequests;

namespace Telltale.Server.Tests;

/// <summary>Firing alerts open or join incidents whose timeline records alerts, notifications and people's actions.</summary>
public class IncidentTests
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Telltale:Alerting:EvaluationDelaySeconds"] = "0",
        ["Telltale:Alerting:IntervalSeconds"] = "3600",
        ["Telltale:Alerting:DefaultRules"] = "false",
    };

    private static string Rule(string id, string metric, double threshold) => $$"""
        {"id":"{{id}}","name":"{{id}}","metric":"{{metric}}","groupBy":["system"],"window":"10m",
         "condition":{"type":"static","direction":"up","threshold":{{threshold}}},"minSamples":20,"severity":"warning"}
        """;

    private static async Task SendAsync(TelltaleTestServer telltale, int ok, int errors, int slowMs = 250)
    {
        var spans = Enumerable.Range(0, ok + errors).Select(i =>
        {
            var span = ChatSpan(durationMs: slowMs);
            if (i < errors) span.Status = new Status { Code = Status.Types.StatusCode.Error };
            return span;
        }).ToArray();
        Assert.Equal(HttpStatusCode.OK, (await telltale.Client.PostAsync("/v1/traces", Protobuf(Traces("support-bot", spans)))).StatusCode);
    }

    [Fact]
    public async Task Alerts_of_one_system_share_an_incident_that_people_acknowledge_annotate_and_that_resolves_with_them()
    {
        await using var receiver = await RecordingReceiver.StartAsync();
        await using var telltale = await TelltaleTestServer.StartAsync(Settings);
        await telltale.Client.PostAsync("/api/v1/alert-rules", Json(Rule("errors", "errorRate", 0.05)));
        await telltale.Client.PostAsync("/api/v1/alert-rules", Json(Rule("slow", "latencyP95Ms", 1000)));
        await telltale.Client.PostAsJsonAsync("/api/v1/notification-channels", new { id = "slack", name = "team-slack", type = "slack", url = receiver.Url("/slack") });

        await SendAsync(telltale, ok: 40, errors: 10, slowMs: 3000);
        await telltale.Client.PostAsync("/api/v1/alert-rules/evaluate", null);

        var incident = Assert.Single(await telltale.GetAsync<List<Incident>>("/api/v1/incidents?status=open"));
        Assert.Equal("support-bot", incident.System);
        Assert.Equal(2, incident.AlertIds.Count);
        Assert.Equal(2, incident.Timeline.Count(e => e.Kind == "alert_fired"));
        Assert.Equal(2, incident.Timeline.Count(e => e.Kind == "notified" && e.Text.Contains("team-slack")));

        var acked = await telltale.Client.PostAsJsonAsync($"/api/v1/incidents/{incident.Id}/acknowledge", new { by = "ana", note = "looking" });
        var noted = await telltale.Client.PostAsJsonAsync($"/api/v1/incidents/{incident.Id}/notes", new { by = "ana", text = "provider degraded" });
        Assert.Equal(HttpStatusCode.OK, acked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, noted.StatusCode);
        Assert.Equal(Incident.Acknowledged, (await telltale.GetAsync<Incident>($"/api/v1/incidents/{incident.Id}")).Status);

        await SendAsync(telltale, ok: 1200, errors: 0); // slow calls now under 5 %: p95 and error rate both recover
        await telltale.Client.PostAsync("/api/v1/alert-rules/evaluate", null);

        var done = await telltale.GetAsync<Incident>($"/api/v1/incidents/{incident.Id}");
        Assert.Equal(Incident.Resolved, done.Status);
        Assert.NotNull(done.ResolvedAt);
        // Notifications go out after the incident is updated in each round; the story without them reads in order.
        Assert.Equal(["alert_fired", "alert_fired", "acknowledged", "note", "alert_resolved", "alert_resolved", "resolved"],
            done.Timeline.Select(e => e.Kind).Where(k => k != "notified"));
        Assert.Equal(4, done.Timeline.Count(e => e.Kind == "notified")); // two firing, two resolved
        Assert.Equal("ana", done.Timeline.Single(e => e.Kind == "note").By);
    }

    [Fact]
    public async Task Incident_actions_need_the_admin_scope_and_an_existing_incident()
    {
        await using var telltale = await TelltaleTestServer.StartAsync(Settings);
        var created = await telltale.Client.PostAsJsonAsync("/api/v1/keys", new { name = "viewer", scopes = new[] { "read" } });
        using var viewer = telltale.CreateClient((await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("secret").GetString());

        Assert.Equal(HttpStatusCode.NotFound, (await telltale.Client.PostAsJsonAsync("/api/v1/incidents/nope/resolve", new { by = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync("/api/v1/incidents/nope/resolve", new { by = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/api/v1/incidents")).StatusCode);
    }
}
