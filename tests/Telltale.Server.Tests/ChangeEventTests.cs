using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Telltale.Core.Changes;
using Telltale.Server.Tests.Infrastructure;
using static Telltale.Server.Tests.Infrastructure.OtlpRequests;

namespace Telltale.Server.Tests;

/// <summary>Change events: posted by deployment pipelines, and detected by Telltale when traffic shows a new model
/// version or a new service.version.</summary>
public class ChangeEventTests
{
    [Fact]
    public async Task Posted_changes_are_listed_and_bad_ones_are_400()
    {
        await using var telltale = await TelltaleTestServer.StartAsync();

        var posted = await telltale.Client.PostAsJsonAsync("/api/v1/changes", new
        {
            kind = "deployment", title = "support-bot v2.4 to production", system = "support-bot",
            attributes = new Dictionary<string, string> { ["commit"] = "9f1c2e7" },
        });
        var badKind = await telltale.Client.PostAsJsonAsync("/api/v1/changes", new { kind = "vibes", title = "x" });
        var noTitle = await telltale.Client.PostAsJsonAsync("/api/v1/changes", new { kind = "model" });

        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badKind.StatusCode);
        Assert.Contains("'kind' must be one of deployment", await badKind.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, noTitle.StatusCode);
        var changes = await telltale.GetAsync<List<ChangeEvent>>("/api/v1/changes?range=1h&system=support-bot");
        var change = Assert.Single(changes);
        Assert.Equal("deployment", change.Kind);
        Assert.Equal("api", change.Source);
        Assert.Equal("9f1c2e7", change.Attributes["commit"]);
        Assert.Empty(await telltale.GetAsync<List<ChangeEvent>>("/api/v1/changes?range=1h&system=other-system"));
    }

    [Fact]
    public async Task A_read_only_key_cannot_post_changes_but_an_ingest_key_can()
    {
        await using var telltale = await TelltaleTestServer.StartAsync();
        async Task<HttpClient> ClientWith(string scope)
        {
            var created = await telltale.Client.PostAsJsonAsync("/api/v1/keys", new { name = scope, scopes = new[] { scope } });
            return telltale.CreateClient((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString());
        }
        using var reader = await ClientWith("read");
        using var pipeline = await ClientWith("ingest");
        var change = new { kind = "prompt_version", title = "answer prompt v7" };

        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsJsonAsync("/api/v1/changes", change)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await pipeline.PostAsJsonAsync("/api/v1/changes", change)).StatusCode);
    }

    [Fact]
    public async Task New_model_versions_and_service_versions_in_traffic_become_change_events_once()
    {
        var dataDir = Directory.CreateTempSubdirectory("telltale-changes-").FullName;
        await using (var telltale = await TelltaleTestServer.StartAsync(dataDir: dataDir, keepData: true))
        {
            async Task Send(string version, string model) => Assert.Equal(HttpStatusCode.OK,
                (await telltale.Client.PostAsync("/v1/traces", Protobuf(Traces("support-bot", version, ChatSpan(model: "gpt-4o").WithResponseModel(model))))).StatusCode);

            await Send("1.0", "gpt-4o-2024-08-06");
            await Send("1.0", "gpt-4o-2024-08-06");
            Assert.Empty(await telltale.GetAsync<List<ChangeEvent>>("/api/v1/changes?range=1h"));

            await Send("1.0", "gpt-4o-2024-11-20");
            await Send("1.1", "gpt-4o-2024-11-20");

            var changes = await telltale.GetAsync<List<ChangeEvent>>("/api/v1/changes?range=1h");
            Assert.Collection(changes,
                c =>
                {
                    Assert.Equal(ChangeKinds.ModelVersionSeen, c.Kind);
                    Assert.Equal("gpt-4o-2024-11-20", c.Attributes["model"]);
                    Assert.Equal("support-bot", c.System);
                    Assert.Equal("traffic", c.Source);
                },
                c =>
                {
                    Assert.Equal(ChangeKinds.ServiceVersionSeen, c.Kind);
                    Assert.Equal("1.1", c.Attributes["service.version"]);
                });
        }

        // What was seen survives a restart: old versions do not count as new again.
        await using (var restarted = await TelltaleTestServer.StartAsync(dataDir: dataDir))
        {
            await restarted.Client.PostAsync("/v1/traces", Protobuf(Traces("support-bot", "1.0", ChatSpan(model: "gpt-4o").WithResponseModel("gpt-4o-2024-08-06"))));
            Assert.Equal(2, (await restarted.GetAsync<List<ChangeEvent>>("/api/v1/changes?range=1h")).Count);
        }
    }
}
