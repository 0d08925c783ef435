using System.Net;
using Telltale.Core.Review;
using Telltale.Core.Scores;
using Telltale.Server.Tests.Infrastructure;
using static Telltale.Server.Tests.Review.ReviewTraffic;

namespace Telltale.Server.Tests.Review;

/// <summary>Score configs and the review queue rule through the API: created, changed, refused with the reason.</summary>
public sealed class ScoreConfigApiTests
{
    [Fact]
    public async Task Score_configs_are_created_changed_and_deleted_by_admins_and_listed_by_readers()
    {
        await using var telltale = await TelltaleTestServer.StartAsync(Settings);
        var created = Read<ScoreConfig>(await SendJsonAsync(telltale, HttpMethod.Post, "/api/v1/score-configs",
            new { name = "accuracy", dataType = "numeric", min = 1, max = 5, description = "How correct is the answer?" }, HttpStatusCode.Created));

        var changed = Read<ScoreConfig>(await SendJsonAsync(telltale, HttpMethod.Put, $"/api/v1/score-configs/{created.Id}",
            new { name = "accuracy", dataType = "numeric", min = 0, max = 10 }));
        Assert.Equal((0.0, 10.0, created.Id), (changed.Min!.Value, changed.Max!.Value, changed.Id));
        Assert.Equal(10, Assert.Single(await telltale.GetAsync<List<ScoreConfig>>("/api/v1/score-configs")).Max);

        Assert.Equal("A score config named 'accuracy' already exists; PUT to change it.", await ProblemAsync(telltale, HttpMethod.Post,
            "/api/v1/score-configs", new { name = "accuracy", dataType = "boolean" }, HttpStatusCode.Conflict));
        Assert.Equal("'dataType' must be one of numeric, categorical, boolean; got 'stars'.", await ProblemAsync(telltale, HttpMethod.Post,
            "/api/v1/score-configs", new { name = "stars", dataType = "stars" }, HttpStatusCode.BadRequest));
        Assert.Equal("A categorical config needs 2 to 50 'categories'; got 0.", await ProblemAsync(telltale, HttpMethod.Post,
            "/api/v1/score-configs", new { name = "tone", dataType = "categorical" }, HttpStatusCode.BadRequest));

        // A config the rule lists cannot be deleted from under it.
        await SendJsonAsync(telltale, HttpMethod.Put, "/api/v1/review-queue/rule", new { scoreConfigs = new[] { "accuracy" } });
        Assert.StartsWith("The review queue rule lists 'accuracy'", await ProblemAsync(telltale, HttpMethod.Delete,
            $"/api/v1/score-configs/{created.Id}", new { }, HttpStatusCode.Conflict));
        await SendJsonAsync(telltale, HttpMethod.Put, "/api/v1/review-queue/rule", new { });
        Assert.Equal(HttpStatusCode.NoContent, (await telltale.Client.DeleteAsync($"/api/v1/score-configs/{created.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await telltale.Client.GetAsync($"/api/v1/score-configs/{created.Id}")).StatusCode);

        // Reading needs read scope; changing needs admin.
        var reader = telltale.CreateClient(await KeyAsync(telltale, "read"));
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/v1/score-configs")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsync("/api/v1/score-configs",
            OtlpRequests.Json("""{"name":"x","dataType":"boolean"}"""))).StatusCode);
    }

    [Fact]
    public async Task The_rule_has_defaults_and_refuses_what_it_cannot_honour()
    {
        await using var telltale = await TelltaleTestServer.StartAsync(Settings);

        var rule = await telltale.GetAsync<ReviewQueueRule>("/api/v1/review-queue/rule");
        Assert.Equal((true, 75, true, "even", (string?)null), (rule.Enabled, rule.TargetPerWeek, rule.StratifyByIntent, rule.Pacing, rule.WeightBy));

        var detail = await ProblemAsync(telltale, HttpMethod.Put, "/api/v1/review-queue/rule",
            new { targetPerWeek = 0, weightBy = "feedback.csat", scoreConfigs = new[] { "accuracy" } }, HttpStatusCode.BadRequest);
        Assert.Contains("'targetPerWeek' must be from 1 to 10,000; got 0.", detail);
        Assert.Contains("'weightBy' feedback must be on a 0..1 scale", detail);
        Assert.Contains("'scoreConfigs' names configs this project does not have: accuracy; create them first", detail);

        var saved = Read<ReviewQueueRule>(await SendJsonAsync(telltale, HttpMethod.Put, "/api/v1/review-queue/rule",
            new { targetPerWeek = 50, weightBy = "feedback.thumbs", weightFactor = 5, systems = new[] { "support-bot" } }));
        Assert.Equal(saved, await telltale.GetAsync<ReviewQueueRule>("/api/v1/review-queue/rule") with { Systems = saved.Systems, ScoreConfigs = saved.ScoreConfigs });
        Assert.Equal(["support-bot"], (await telltale.GetAsync<ReviewQueueRule>("/api/v1/review-queue/rule")).Systems);
    }

    private static async Task<string> KeyAsync(TelltaleTestServer telltale, string scope) =>
        (await SendJsonAsync(telltale, HttpMethod.Post, "/api/v1/keys", new { name = scope, scopes = new[] { scope } }, HttpStatusCode.Created))
        .GetProperty("secret").GetString()!;
}
