using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Telltale.Core.Alerting;
using Telltale.Core.Feedback;
using Telltale.Server.Tests.Infrastructure;
using static Telltale.Server.Tests.Infrastructure.OtlpRequests;

namespace Telltale.Server.Tests;

/// <summary>User feedback linked to traces, the browser-safe feedback key, and feedback-based alerting.</summary>
public class FeedbackTests
{
    private static readonly Dictionary<string, string?> NoDelay = new()
    {
        ["Telltale:Alerting:EvaluationDelaySeconds"] = "0",
        ["Telltale:Alerting:IntervalSeconds"] = "3600",
    };

    private static async Task<string> TraceAsync(TelltaleTestServer telltale, string answer)
    {
        var span = ChatSpan();
        span.Attributes.Add(Attr("gen_ai.output.messages", $$"""[{"role":"assistant","parts":[{"type":"text","content":"{{answer}}"}],"finish_reason":"stop"}]"""));
        await telltale.Client.PostAsync("/v1/traces", Protobuf(Traces("support-bot", span)));
        return Convert.ToHexStringLower(span.TraceId.Span);
    }

    private static async Task<string> KeyAsync(TelltaleTestServer telltale, string scope)
    {
        var created = await telltale.Client.PostAsJsonAsync("/api/v1/keys", new { name = scope, scopes = new[] { scope } });
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString()!;
    }

    [Fact]
    public async Task Feedback_links_to_its_trace_and_takes_the_system_and_the_edited_answer_from_it()
    {
        await using var telltale = await TelltaleTestServer.StartAsync(NoDelay);
        var traceId = await TraceAsync(telltale, "Refunds take five to seven business days to appear.");

        var thumbs = await telltale.Client.PostAsJsonAsync("/api/v1/feedback", new { traceId, kind = "thumbs", value = "down", comment = "too slow", userId = "u1" });
        var edit = await telltale.Client.PostAsJsonAsync("/api/v1/feedback", new { traceId, kind = "edit", editedText = "Refunds take three business days to appear." });
        var csat = await telltale.Client.PostAsJsonAsync("/api/v1/feedback", new { sessionId = "s1", kind = "csat", value = 4, system = "support-bot" });

        Assert.Equal(HttpStatusCode.Created, thumbs.StatusCode);
        var stored = await thumbs.Content.ReadFromJsonAsync<FeedbackRecord>(Telltale.Core.Serialization.TelltaleJson.Options);
        Assert.Equal("support-bot", stored!.System);
        Assert.Equal(0, stored.Value);
        var edited = await edit.Content.ReadFromJsonAsync<FeedbackRecord>(Telltale.Core.Serialization.TelltaleJson.Options);
        Assert.Equal("Refunds take five to seven business days to appear.", edited!.OriginalText);
        Assert.Equal(3 / 9.0, edited.Value!.Value, 9); // 3 of 9 words changed
        Assert.Equal(HttpStatusCode.Created, csat.StatusCode);

        var summary = Assert.Single(await telltale.GetAsync<List<FeedbackSummary>>("/api/v1/feedback/summary?range=1h"));
        Assert.Equal(0, summary.ThumbsUpRate);
        Assert.Equal(4, summary.MeanCsat);
        Assert.Equal(2, (await telltale.GetAsync<List<FeedbackRecord>>($"/api/v1/feedback?range=1h&traceId={traceId}")).Count);
    }

    [Theory]
    [InlineData("""{"traceId":"0123456789abcdef0123456789abcdef","kind":"love"}""", "'kind' must be one of")]
    [InlineData("""{"kind":"thumbs","value":"up"}""", "Link the feedback")]
    [InlineData("""{"userId":"u","kind":"thumbs","value":"meh"}""", "thumbs must be")]
    [InlineData("""{"userId":"u","kind":"rating","value":9}""", "from 1 to 5")]
    [InlineData("""{"traceId":"xyz","kind":"accepted"}""", "32 hex characters")]
    [InlineData("""{"userId":"u","kind":"edit","editedText":"new"}""", "needs 'originalText'")]
    public async Task Invalid_feedback_is_400_naming_the_problem(string json, string expected)
    {
        await using var telltale = await TelltaleTestServer.StartAsync(NoDelay);

        var response = await telltale.Client.PostAsync("/api/v1/feedback", Json(json));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_batch_is_stored_whole_or_not_at_all()
    {
        await using var telltale = await TelltaleTestServer.StartAsync(NoDelay);
        var traceId = await TraceAsync(telltale, "Your parcel left the warehouse today.");

        var bad = await telltale.Client.PostAsync("/api/v1/feedback/batch", Json($$"""
            [{"traceId":"{{traceId}}","kind":"thumbs","value":"up"},{"userId":"u2","kind":"rating","value":9}]
            """));
        var good = await telltale.Client.PostAsync("/api/v1/feedback/batch", Json($$"""
            [{"traceId":"{{traceId}}","kind":"thumbs","value":"up"},{"traceId":"{{traceId}}","kind":"thumbs","value":"down"},
             {"userId":"u2","kind":"rating","value":4,"system":"support-bot"}]
            """));
        var empty = await telltale.Client.PostAsync("/api/v1/feedback/batch", Json("[]"));

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Item 1: ", await bad.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal(3, (await good.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accepted").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var stored = await telltale.GetAsync<List<FeedbackRecord>>("/api/v1/feedback?range=1h");
        Assert.Equal(3, stored.Count); // nothing of the refused batch
        Assert.All(stored, f => Assert.Equal("support-bot", f.System));
        var summary = Assert.Single(await telltale.GetAsync<List<FeedbackSummary>>("/api/v1/feedback/summary?range=1h"));
        Assert.Equal(0.5, summary.ThumbsUpRate);
    }

    [Fact]
    public async Task A_feedback_key_can_send_feedback_from_a_browser_and_nothing_else()
    {
        await using var telltale = await TelltaleTestServer.StartAsync(NoDelay);
        using var page = telltale.CreateClient(await KeyAsync(telltale, "feedback"));

        Assert.Equal(HttpStatusCode.Created, (await page.PostAsJsonAsync("/api/v1/feedback", new { userId = "u1", kind = "accepted" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await page.GetAsync("/api/v1/traces")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await page.GetAsync("/api/v1/feedback")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await page.PostAsync("/api/v1/feedback/batch", Json("""[{"userId":"u1","kind":"accepted"}]"""))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await page.PostAsync("/v1/traces", Protobuf(Traces("x", ChatSpan())))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await page.PostAsJsonAsync("/api/v1/changes", new { kind = "deployment", title = "x" })).StatusCode);

        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/feedback");
        preflight.Headers.Add("Origin", "https://shop.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        var cors = await telltale.CreateClient(null).SendAsync(preflight);
        Assert.Equal("*", cors.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task A_week_over_week_thumbs_up_drop_fires_the_default_rule()
    {
        await using var telltale = await TelltaleTestServer.StartAsync(NoDelay);
        await TraceAsync(telltale, "hello"); // the system appears, and with it the default rules
        var now = DateTimeOffset.UtcNow;
        async Task Thumbs(int up, int down, DateTimeOffset at)
        {
            for (var i = 0; i < up + down; i++)
                Assert.Equal(HttpStatusCode.Created, (await telltale.Client.PostAsJsonAsync("/api/v1/feedback",
                    new { userId = $"u{i}", system = "support-bot", kind = "thumbs", value = i < up ? "up" : "down", time = at.AddMinutes(i) })).StatusCode);
        }

        await Thumbs(up: 32, down: 8, at: now.AddDays(-10));  // last week: 80 % up
        await Thumbs(up: 31, down: 9, at: now.AddDays(-3));   // this week: 77.5 %, within 10 %
        Assert.Equal(HttpStatusCode.OK, (await telltale.Client.PostAsync("/api/v1/alert-rules/evaluate", null)).StatusCode);
        Assert.DoesNotContain(await telltale.GetAsync<List<AlertRecord>>("/api/v1/alerts?state=firing"), a => a.Metric == "thumbsUpRate");

        await Thumbs(up: 10, down: 30, at: now.AddDays(-2)); // this week now 41 of 80 up: 51 %
        var evaluated = await telltale.Client.PostAsync("/api/v1/alert-rules/evaluate", null);
        Assert.True(evaluated.IsSuccessStatusCode, await evaluated.Content.ReadAsStringAsync());

        var alert = Assert.Single(await telltale.GetAsync<List<AlertRecord>>("/api/v1/alerts?state=firing"), a => a.Metric == "thumbsUpRate");
        Assert.Equal(41 / 80.0, alert.Value!.Value, 9);
        Assert.Equal(0.8, alert.NormalValue!.Value, 9);
    }
}
