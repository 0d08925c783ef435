using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Telltale.Core.Feedback;
using Telltale.Core.Intents;
using Telltale.Core.Querying;
using Telltale.Core.Scores;
using Telltale.Otlp.Proto.Common;
using Telltale.Otlp.Proto.Trace;
using Telltale.Server.Tests.Infrastructure;
using static Telltale.Server.Tests.Infrastructure.OtlpRequests;

namespace Telltale.Server.Tests;

/// <summary>Intents configured per project, traces tagged by the classifier or by the application, and every
/// figure broken down by intent.</summary>
public class IntentTests
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Telltale:Intents:LagSeconds"] = "0",
        ["Telltale:Intents:IntervalSeconds"] = "3600",
        ["Telltale:Evaluation:IntervalSeconds"] = "3600",
        ["Telltale:Alerting:IntervalSeconds"] = "3600",
        ["Telltale:Alerting:DefaultRules"] = "false",
    };

    private static object Configuration(string billingName = "billing") => new
    {
        intents = new object[]
        {
            new { name = billingName, examples = new[] { "Why was my card charged twice?", "I don't understand this fee on my invoice", "My payment was declined", "Can I get a receipt for my last payment?" } },
            new { name = "shipping", examples = new[] { "Where is my package?", "My parcel is late and tracking shows nothing", "Can you deliver to another address?", "When will my order arrive?" } },
            new { name = "password-reset", examples = new[] { "I forgot my password", "The password reset link does not work", "I can't log in to my account", "My account is locked after too many attempts" } },
        },
    };

    private static Span Turn(string text, decimal cost, string? session, DateTimeOffset at, bool error = false, string? declaredIntent = null)
    {
        var span = ChatSpan(userText: text, start: at);
        span.Attributes.Add(new KeyValue { Key = "llm.cost.total", Value = new AnyValue { DoubleValue = (double)cost } });
        if (session is not null) span.Attributes.Add(Attr("session.id", session));
        if (declaredIntent is not null) span.Attributes.Add(Attr("telltale.intent", declaredIntent));
        if (error) span.Status = new Status { Code = Status.Types.StatusCode.Error, Message = "upstream 500" };
        return span;
    }

    private static string Id(Span span) => Convert.ToHexStringLower(span.TraceId.Span);

    private static async Task<int> TagAsync(TelltaleTestServer telltale)
    {
        var response = await telltale.Client.PostAsync("/api/v1/intents/tag", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("tagged").GetInt32();
    }

    private static async Task PostAsync(TelltaleTestServer telltale, string path, object body)
    {
        var response = await telltale.Client.PostAsJsonAsync(path, body);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {await response.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task Conversations_are_tagged_by_their_first_user_message_and_every_figure_breaks_down_by_intent()
    {
        await using var telltale = await TelltaleTestServer.StartAsync(Settings);
        Assert.Equal(HttpStatusCode.OK, (await telltale.Client.PutAsJsonAsync("/api/v1/intents", Configuration())).StatusCode);
        var at = DateTimeOffset.UtcNow.AddMinutes(-5);
        // A billing conversation whose second turn alone says nothing about billing; it takes the session's intent.
        var bill1 = Turn("Hi, why was my credit card charged twice this month?", 0.010m, "s-bill", at);
        var bill2 = Turn("Thanks. And what about next month?", 0.030m, "s-bill", at.AddSeconds(30));
        var ship = Turn("Where is my parcel? The tracking has not moved for days", 0.020m, "s-ship", at.AddSeconds(40));
        var password = Turn("I forgot my password and the reset email never came", 0.005m, null, at.AddSeconds(50), error: true);
        var declared = Turn("Where is my package?", 0.040m, null, at.AddSeconds(60), declaredIntent: "vip");
        Assert.Equal(HttpStatusCode.OK, (await telltale.Client.PostAsync("/v1/traces", Protobuf(Traces("support-bot", bill1, bill2, ship, password, declared)))).StatusCode);

        await PostAsync(telltale, "/api/v1/feedback", new { traceId = Id(bill1), kind = "thumbs", value = "up" });
        await PostAsync(telltale, "/api/v1/feedback", new { traceId = Id(bill2), kind = "thumbs", value = "down" });
        await PostAsync(telltale, "/api/v1/feedback", new { traceId = Id(ship), kind = "thumbs", value = "up" });
        await PostAsync(telltale, "/api/v1/feedback", new { sessionId = "s-bill", kind = "csat", value = 4, system = "support-bot" });
        await PostAsync(telltale, "/api/v1/scores", new { name = "helpfulness", value = 0.8, traceId = Id(bill1) });
        await PostAsync(telltale, "/api/v1/scores", new { name = "helpfulness", value = 0.4, traceId = Id(bill2) });

        Assert.Equal(5, await TagAsync(telltale));
        Assert.Equal(0, await TagAsync(telltale)); // nothing new since the last run

        var metrics = await telltale.GetAsync<MetricsResult>("/api/v1/metrics?range=1h&groupBy=intent");
        var byIntent = metrics.Series.ToDictionary(s => s.Group["intent"]!, s => s.Totals);
        Assert.Equal(["billing", "password-reset", "shipping", "vip"], byIntent.Keys.Order());
        Assert.Equal((2, 0.040m), (byIntent["billing"].Count, byIntent["billing"].CostUsd));
        Assert.Equal((1, 0.020m), (byIntent["shipping"].Count, byIntent["shipping"].CostUsd));
        Assert.Equal(1.0, byIntent["password-reset"].ErrorRate);
        Assert.Equal(0.040m, byIntent["vip"].CostUsd);
        var billingOnly = Assert.Single((await telltale.GetAsync<MetricsResult>("/api/v1/metrics?range=1h&where.intent=billing")).Series);
        Assert.Equal(2, billingOnly.Totals.Count);

        var feedback = (await telltale.GetAsync<List<FeedbackSummary>>("/api/v1/feedback/summary?range=1h&groupBy=intent")).ToDictionary(f => f.Intent!);
        Assert.Equal((2, 0.5, 4.0), (feedback["billing"].Thumbs, feedback["billing"].ThumbsUpRate, feedback["billing"].MeanCsat));
        Assert.Equal(1.0, feedback["shipping"].ThumbsUpRate);
        var scores = Assert.Single(await telltale.GetAsync<List<ScoreNameSummary>>("/api/v1/scores/summary?range=1h&groupBy=intent"));
        Assert.Equal(("helpfulness", "billing", 2L), (scores.Name, scores.Intent, scores.Count));
        Assert.Equal(0.6, scores.Mean!.Value, 9);

        var breakdown = await telltale.GetAsync<IntentBreakdown>("/api/v1/intents/breakdown?range=1h&system=support-bot");
        Assert.Equal(5, breakdown.Traces);
        Assert.Equal(["billing", "password-reset", "shipping", "vip"], breakdown.Intents.Select(r => r.Intent!).Order());
        var billing = breakdown.Intents[0];
        Assert.Equal(("billing", 2L, 0.4), (billing.Intent, billing.Traces, billing.Share));
        Assert.Equal((0.040m, 0.020m), (billing.CostUsd, billing.CostPerTraceUsd));
        Assert.Equal((0.5, 1L, 4.0), (billing.ThumbsUpRate, billing.CsatResponses, billing.MeanCsat));
        Assert.Equal(0.6, billing.Scores["helpfulness"].Mean!.Value, 9);
        Assert.Equal(250, billing.LatencyP95Ms!.Value, 3);
        var reset = breakdown.Intents.Single(r => r.Intent == "password-reset");
        Assert.Equal((1L, 1.0, 0.005m), (reset.Errors, reset.ErrorRate, reset.CostPerTraceUsd));
        Assert.Null(reset.ThumbsUpRate);

        var stored = await telltale.Server.Services.GetRequiredService<IIntentStore>()
            .ForTracesAsync(telltale.Server.Bootstrap!.DefaultProject.Id, [Id(declared), Id(bill2)], default);
        Assert.Equal(("vip", "attribute", 1.0), (stored[Id(declared)].Intent, stored[Id(declared)].Source, stored[Id(declared)].Confidence));
        Assert.Equal(("billing", "classifier", "s-bill"), (stored[Id(bill2)].Intent, stored[Id(bill2)].Source, stored[Id(bill2)].SessionId));
    }

    [Fact]
    public async Task Changing_the_intents_retags_recent_traces_with_the_new_classifier()
    {
        await using var telltale = await TelltaleTestServer.StartAsync(Settings);
        await telltale.Client.PutAsJsonAsync("/api/v1/intents", Configuration());
        await telltale.Client.PostAsync("/v1/traces", Protobuf(Traces("support-bot",
            Turn("Why is there a second charge on my card?", 0.01m, null, DateTimeOffset.UtcNow.AddMinutes(-3)))));
        Assert.Equal(1, await TagAsync(telltale));

        Assert.Equal(HttpStatusCode.OK, (await telltale.Client.PutAsJsonAsync("/api/v1/intents", Configuration(billingName: "payments"))).StatusCode);
        Assert.Equal(1, await TagAsync(telltale));

        var group = Assert.Single((await telltale.GetAsync<MetricsResult>("/api/v1/metrics?range=1h&groupBy=intent")).Series).Group;
        Assert.Equal("payments", group["intent"]);
        var configured = await telltale.GetAsync<IntentConfiguration>("/api/v1/intents");
        Assert.Equal(["payments", "shipping", "password-reset"], configured.Intents.Select(i => i.Name));
        Assert.Equal(("other", IntentConfiguration.DefaultMinConfidence), (configured.FallbackIntent, configured.MinConfidence));
    }

    [Fact]
    public async Task Without_configured_intents_those_the_application_declares_are_still_kept()
    {
        await using var telltale = await TelltaleTestServer.StartAsync(Settings);
        var at = DateTimeOffset.UtcNow.AddMinutes(-5);
        var opening = Turn("I was double charged", 0.01m, "s1", at, declaredIntent: "billing");
        var followUp = Turn("Thanks, and next month?", 0.01m, "s1", at.AddSeconds(20));
        var undeclared = Turn("Where is my parcel?", 0.01m, null, at.AddSeconds(30));
        await telltale.Client.PostAsync("/v1/traces", Protobuf(Traces("support-bot", opening, followUp, undeclared)));

        Assert.Equal(2, await TagAsync(telltale));

        var byIntent = (await telltale.GetAsync<MetricsResult>("/api/v1/metrics?range=1h&groupBy=intent")).Series
            .ToDictionary(s => s.Group["intent"] ?? "(none)", s => s.Totals.Count);
        Assert.Equal(new Dictionary<string, long> { ["billing"] = 2, ["(none)"] = 1 }, byIntent);
    }

    [Theory]
    [InlineData("""{"intents":[{"name":"billing","examples":["a bill","my invoice","a charge"]}]}""", "at least 2 intents")]
    [InlineData("""{}""", "at least 2 intents")]
    [InlineData("""{"intents":[{"name":"billing","examples":["a bill","my invoice"]},{"name":"shipping","examples":["parcel","late order","tracking"]}]}""",
        "Intent 'billing' has 2 distinct non-empty example(s); each intent needs at least 3")]
    [InlineData("""{"intents":[{"name":"billing","examples":["a bill","A bill","a bill "]},{"name":"shipping","examples":["parcel","late order","tracking"]}]}""",
        "Intent 'billing' has 1 distinct")]
    [InlineData("""{"intents":[{"name":"billing","examples":["a bill","my invoice","a charge"]},{"name":"Billing","examples":["parcel","late order","tracking"]}]}""",
        "Intent name 'Billing' is used more than once")]
    [InlineData("""{"intents":[{"examples":["a bill","my invoice","a charge"]},{"name":"shipping","examples":["parcel","late order","tracking"]}]}""",
        "Intent 1 has no 'name'")]
    [InlineData("""{"intents":[{"name":"other","examples":["a bill","my invoice","a charge"]},{"name":"shipping","examples":["parcel","late order","tracking"]}]}""",
        "'fallbackIntent' 'other' is also a configured intent")]
    [InlineData("""{"minConfidence":1.5,"intents":[{"name":"billing","examples":["a bill","my invoice","a charge"]},{"name":"shipping","examples":["parcel","late order","tracking"]}]}""",
        "'minConfidence' must be at least 0 and below 1")]
    public async Task A_bad_intent_configuration_is_400_naming_the_problem_and_changes_nothing(string json, string expected)
    {
        await using var telltale = await TelltaleTestServer.StartAsync(Settings);

        var response = await telltale.Client.PutAsync("/api/v1/intents", Json(json));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
        Assert.Empty((await telltale.GetAsync<IntentConfiguration>("/api/v1/intents")).Intents);
    }

    [Fact]
    public async Task Only_an_admin_key_configures_intents_and_summaries_refuse_an_unknown_grouping()
    {
        await using var telltale = await TelltaleTestServer.StartAsync(Settings);
        var created = await telltale.Client.PostAsJsonAsync("/api/v1/keys", new { name = "reader", scopes = new[] { "read" } });
        using var reader = telltale.CreateClient((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString());

        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PutAsJsonAsync("/api/v1/intents", Configuration())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsync("/api/v1/intents/tag", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/v1/intents/breakdown")).StatusCode);
        var grouped = await reader.GetAsync("/api/v1/feedback/summary?groupBy=mood");
        Assert.Equal(HttpStatusCode.BadRequest, grouped.StatusCode);
        Assert.Contains("'groupBy' must be 'system' or 'intent'", await grouped.Content.ReadAsStringAsync());
    }
}
