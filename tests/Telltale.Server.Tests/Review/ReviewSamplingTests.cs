using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Telltale.Core.Intents;
using Telltale.Core.Review;
using Telltale.Core.Review.Sampling;
using Telltale.Server.Tests.Infrastructure;
using static Telltale.Server.Tests.Review.ReviewTraffic;

namespace Telltale.Server.Tests.Review;

/// <summary>The sampler over real ingested traffic: quotas per intent, low-score weighting from evaluator scores, no
/// trace twice.</summary>
public sealed class ReviewSamplingTests
{
    private const string System = "support-bot";

    /// <summary>40 turns, half of them refusals: 20 billing, 12 shipping and 8 the classifier left untagged.</summary>
    private static async Task<Dictionary<string, string>> SendTrafficAsync(TelltaleTestServer telltale)
    {
        var start = Start();
        var strata = Enumerable.Range(0, 40).ToDictionary(i => TraceId(0xb1, i), i => i < 20 ? "billing" : i < 32 ? "shipping" : ReviewCandidate.Untagged);
        await SendAsync(telltale, System, strata.Keys.Select((id, i) => Chat(id, i % 2 == 0 ? Refusal : Answer, start.AddSeconds(i))));
        var intents = strata.Where(s => s.Value != ReviewCandidate.Untagged).Select(s => new TraceIntent
        {
            TraceId = s.Key, System = System, Intent = s.Value, Confidence = 0.9, Source = "classifier", Time = start,
        }).ToList();
        // The intent classifier fills this store; here the test tags the traces itself.
        await telltale.Server.Services.GetRequiredService<IIntentStore>().AddManyAsync(telltale.Server.Bootstrap!.DefaultProject.Id, intents, default);
        return strata;
    }

    [Fact]
    public async Task The_sampler_fills_the_week_by_intent_quotas_weighting_refusals_and_never_queues_a_trace_twice()
    {
        await using var telltale = await TelltaleTestServer.StartAsync(Settings);
        var strata = await SendTrafficAsync(telltale);
        await SendJsonAsync(telltale, HttpMethod.Put, "/api/v1/review-queue/rule",
            new { targetPerWeek = 10, pacing = "immediate", weightBy = "refusal", badWhen = "high", weightFactor = 3 });
        await RunEvaluatorsAsync(telltale);

        Assert.Equal(10, await SampleAsync(telltale));
        Assert.Equal(0, await SampleAsync(telltale)); // the week holds its target already

        var items = await telltale.GetAsync<List<ReviewItem>>("/api/v1/review-queue?status=pending");
        Assert.Equal(10, items.Select(i => i.TraceId).Distinct().Count());
        // 10 of 20 / 12 / 8 is exactly 5, 3 and 2; each item is in the stratum of its trace's intent.
        Assert.Equal(new Dictionary<string, int> { ["billing"] = 5, ["shipping"] = 3, [ReviewCandidate.Untagged] = 2 },
            items.GroupBy(i => i.Stratum).ToDictionary(g => g.Key, g => g.Count()));
        Assert.All(items, i => Assert.Equal(strata[i.TraceId], i.Stratum));
        // The refusal evaluator's verdict is the weight-by signal: refused turns were drawn with weight 1 + 3.
        Assert.All(items, i => Assert.Equal(IsRefusal(i.TraceId) ? (1.0, 4.0) : (0.0, 1.0), (i.WeightScore!.Value, i.Weight)));
        Assert.All(items, i => Assert.Equal((System, ReviewWeek.StartOf(i.TraceTime)), (i.System, i.WeekStart)));

        // A larger target adds to the week without drawing a queued trace again.
        await SendJsonAsync(telltale, HttpMethod.Put, "/api/v1/review-queue/rule", new { targetPerWeek = 20, pacing = "immediate" });
        Assert.Equal(10, await SampleAsync(telltale));
        var all = await telltale.GetAsync<List<ReviewItem>>("/api/v1/review-queue?status=all&limit=1000");
        Assert.Equal(20, all.Select(i => i.TraceId).Distinct().Count());
        Assert.Equal(new Dictionary<string, int> { ["billing"] = 10, ["shipping"] = 6, [ReviewCandidate.Untagged] = 4 },
            all.GroupBy(i => i.Stratum).ToDictionary(g => g.Key, g => g.Count()));
    }

    /// <summary>Trace n of the traffic is a refusal when n is even.</summary>
    private static bool IsRefusal(string traceId) => Convert.ToInt32(traceId[^2..], 16) % 2 == 0;

    [Fact]
    public async Task A_disabled_rule_or_a_system_filter_keeps_other_traffic_out_of_the_queue()
    {
        await using var telltale = await TelltaleTestServer.StartAsync(Settings);
        await SendTrafficAsync(telltale);
        await SendAsync(telltale, "other-bot", [Chat(TraceId(0xc1, 1), Answer, Start())]);

        await SendJsonAsync(telltale, HttpMethod.Put, "/api/v1/review-queue/rule", new { enabled = false, pacing = "immediate" });
        Assert.Equal(0, await SampleAsync(telltale));

        await SendJsonAsync(telltale, HttpMethod.Put, "/api/v1/review-queue/rule", new { systems = new[] { "other-bot" }, pacing = "immediate" });
        Assert.Equal(1, await SampleAsync(telltale));
        var item = Assert.Single(await telltale.GetAsync<List<ReviewItem>>("/api/v1/review-queue"));
        Assert.Equal(("other-bot", TraceId(0xc1, 1), ReviewCandidate.Untagged), (item.System, item.TraceId, item.Stratum));
        Assert.Equal(HttpStatusCode.BadRequest, (await telltale.Client.GetAsync("/api/v1/review-queue?status=open")).StatusCode);
    }
}
