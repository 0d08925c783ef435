using System.Net;
using Telltale.Core.Alerting;
using Telltale.Core.Review;
using Telltale.Core.Review.Agreement;
using Telltale.Core.Scores;
using Telltale.Server.Tests.Infrastructure;
using static Telltale.Server.Tests.Review.ReviewTraffic;

namespace Telltale.Server.Tests.Review;

/// <summary>Reviewers annotate the queue through the API; annotations are checked against the score configs, stored as
/// scores that feed alerting, and compared with the evaluators.</summary>
public sealed class ReviewAnnotationTests
{
    private const string System = "support-bot";

    // Five refusals and five answers (the refusal evaluator says 1 and 0), five RAG turns whose groundedness is
    // 0, 0.5, 1, 0.5, 0.5, and one more answer that will be skipped.
    private static readonly string[] Refusals = [.. Enumerable.Range(0, 5).Select(i => TraceId(0xa1, i))];
    private static readonly string[] Answers = [.. Enumerable.Range(0, 5).Select(i => TraceId(0xa2, i))];
    private static readonly (string Trace, string Answer)[] Rag =
    [
        (TraceId(0xa3, 0), $"{Unsupported} {AlsoUnsupported}"),
        (TraceId(0xa3, 1), $"{Supported} {Unsupported}"),
        (TraceId(0xa3, 2), $"{Supported} {AlsoSupported}"),
        (TraceId(0xa3, 3), $"{AlsoSupported} {AlsoUnsupported}"),
        (TraceId(0xa3, 4), $"{Unsupported} {Supported}"),
    ];
    private static readonly string Skipped = TraceId(0xa4, 0);

    private static async Task<Dictionary<string, ReviewItem>> QueueEverythingAsync(TelltaleTestServer telltale)
    {
        var start = Start();
        await SendAsync(telltale, System, Refusals.Select((t, i) => Chat(t, Refusal, start.AddSeconds(i)))
            .Concat(Answers.Select((t, i) => Chat(t, Answer, start.AddSeconds(10 + i))))
            .Concat(Rag.SelectMany((r, i) => RagTurn(r.Trace, r.Answer, start.AddSeconds(20 + i))))
            .Append(Chat(Skipped, Answer, start.AddSeconds(30))));

        await SendJsonAsync(telltale, HttpMethod.Post, "/api/v1/score-configs",
            new { name = "refused", dataType = "boolean", evaluator = "refusal", description = "Did the assistant decline to help?" }, HttpStatusCode.Created);
        await SendJsonAsync(telltale, HttpMethod.Post, "/api/v1/score-configs",
            new { name = "accuracy", dataType = "numeric", min = 1, max = 5, evaluator = "groundedness" }, HttpStatusCode.Created);
        await SendJsonAsync(telltale, HttpMethod.Post, "/api/v1/score-configs",
            new { name = "tone", dataType = "categorical", categories = new[] { "polite", "curt" } }, HttpStatusCode.Created);
        await SendJsonAsync(telltale, HttpMethod.Put, "/api/v1/review-queue/rule", new { pacing = "immediate" });
        await RunEvaluatorsAsync(telltale);

        Assert.Equal(16, await SampleAsync(telltale)); // fewer traces than the weekly target: all of them
        return (await telltale.GetAsync<List<ReviewItem>>("/api/v1/review-queue")).ToDictionary(i => i.TraceId);
    }

    private static Task<System.Text.Json.JsonElement> AnnotateAsync(TelltaleTestServer telltale, ReviewItem item, object values, string? comment = null) =>
        SendJsonAsync(telltale, HttpMethod.Post, $"/api/v1/review-queue/{item.Id}/annotations", new { values, comment, reviewer = "alice" });

    [Fact]
    public async Task Annotations_become_scores_that_alert_and_are_compared_with_the_evaluators()
    {
        await using var telltale = await TelltaleTestServer.StartAsync(Settings);
        var items = await QueueEverythingAsync(telltale);

        // What reviewers see: the configs to fill and the evaluators' scores on the trace.
        var detail = await telltale.GetAsync<ReviewItemDetail>($"/api/v1/review-queue/{items[Refusals[0]].Id}");
        Assert.Equal(["accuracy", "refused", "tone"], detail.ScoreConfigs.Select(c => c.Name));
        Assert.Equal(1, detail.Scores.Single(s => s.Name == "refusal").NumericValue);

        // Humans say refused for 4 of the 5 refusals and 2 of the 5 answers: 7 of 10 agree with the evaluator, kappa 0.4.
        bool[] refusalVerdicts = [true, true, true, true, false], answerVerdicts = [true, true, false, false, false];
        for (var i = 0; i < 5; i++)
        {
            await AnnotateAsync(telltale, items[Refusals[i]], new { refused = refusalVerdicts[i], tone = "polite" });
            await AnnotateAsync(telltale, items[Answers[i]], new { refused = answerVerdicts[i] });
        }
        // Accuracy ratings 1 3 5 5 2 against groundedness 0 0.5 1 0.5 0.5.
        int[] ratings = [1, 3, 5, 5, 2];
        for (var i = 0; i < Rag.Length; i++)
            await AnnotateAsync(telltale, items[Rag[i].Trace], new { accuracy = ratings[i] }, i == 0 ? "Made up every word." : null);
        await SendJsonAsync(telltale, HttpMethod.Post, $"/api/v1/review-queue/{items[Skipped].Id}/skip", new { reason = "Not in English", reviewer = "bob" });

        // Stored as annotation scores on the item's trace.
        var scores = await telltale.GetAsync<List<ScoreRecord>>($"/api/v1/scores?range=1h&traceId={Rag[0].Trace}");
        var accuracy = scores.Single(s => s.Source == ScoreSources.Annotation);
        Assert.Equal(("accuracy", 1.0, "Made up every word.", System), (accuracy.Name, accuracy.NumericValue!.Value, accuracy.Comment!, accuracy.System!));
        Assert.Equal(0, scores.Single(s => s.Name == "groundedness").NumericValue);
        var finished = await telltale.GetAsync<List<ReviewItem>>("/api/v1/review-queue?status=all");
        Assert.Equal(15, finished.Count(i => i.Status == ReviewStatus.Done && i.CompletedBy == "alice"));
        Assert.Equal(("bob", "Not in English"), finished.Where(i => i.Status == ReviewStatus.Skipped).Select(i => (i.CompletedBy!, i.Comment!)).Single());
        Assert.Empty(await telltale.GetAsync<List<ReviewItem>>("/api/v1/review-queue?status=pending"));

        var agreement = (await telltale.GetAsync<List<EvaluatorAgreement>>("/api/v1/review-queue/agreement")).ToDictionary(a => a.ScoreConfig);
        var refused = agreement["refused"];
        Assert.Equal(("refusal", 10), (refused.Evaluator, refused.Pairs));
        Assert.Equal(0.7, refused.PercentAgreement!.Value, 9);
        Assert.Equal(0.4, refused.CohensKappa!.Value, 9);
        var rated = agreement["accuracy"];
        Assert.Equal(("groundedness", 5), (rated.Evaluator, rated.Pairs));
        Assert.Equal(2 / Math.Sqrt(6.4), rated.Pearson!.Value, 9);
        Assert.Equal(7 / Math.Sqrt(76), rated.Spearman!.Value, 9);
        Assert.Equal(0.15, rated.MeanAbsoluteDifference!.Value, 9);
        Assert.Equal(0, agreement["tone"].Pairs); // no evaluator called tone

        // The human verdicts feed alerting like any score: refused is true for 6 of 10.
        await SendJsonAsync(telltale, HttpMethod.Post, "/api/v1/alert-rules", new
        {
            id = "human-refusals", name = "Reviewers see refusals", metric = "score.refused", window = "1h", minSamples = 5,
            condition = new { type = "static", direction = "up", threshold = 0.5 },
        }, HttpStatusCode.Created);
        await telltale.Client.PostAsync("/api/v1/alert-rules/evaluate", null);
        var alert = Assert.Single(await telltale.GetAsync<List<AlertRecord>>("/api/v1/alerts?state=firing"));
        Assert.Equal(0.6, alert.Value!.Value, 9);
    }

    [Fact]
    public async Task A_bad_annotation_is_refused_naming_the_problem_and_leaves_the_item_pending()
    {
        await using var telltale = await TelltaleTestServer.StartAsync(Settings);
        var items = await QueueEverythingAsync(telltale);
        var item = items[Answers[0]];
        var path = $"/api/v1/review-queue/{item.Id}/annotations";

        async Task<string> RefusedAsync(object body) => await ProblemAsync(telltale, HttpMethod.Post, path, body, HttpStatusCode.BadRequest);

        Assert.Equal("'accuracy' must be a number from 1 to 5; got 9.", await RefusedAsync(new { values = new { accuracy = 9 } }));
        Assert.Equal("'tone' must be one of polite, curt; got \"rude\".", await RefusedAsync(new { values = new { tone = "rude" } }));
        Assert.Equal("'refused' must be true or false; got \"no\".", await RefusedAsync(new { values = new { refused = "no" } }));
        Assert.Equal("'helpfulness' is not a score config of this queue; use accuracy, refused, tone.",
            await RefusedAsync(new { values = new { helpfulness = 3 } }));
        Assert.StartsWith("Give at least one value", await RefusedAsync(new { values = new { } }));
        Assert.Equal(ReviewStatus.Pending, (await telltale.GetAsync<ReviewItemDetail>($"/api/v1/review-queue/{item.Id}")).Item.Status);
        Assert.DoesNotContain(await telltale.GetAsync<List<ScoreRecord>>($"/api/v1/scores?range=1h&traceId={item.TraceId}"), s => s.Source == ScoreSources.Annotation);

        // Annotated once; a second annotation or a skip of the finished item is a conflict, an unknown item not found.
        await AnnotateAsync(telltale, item, new { refused = false });
        Assert.Contains("already done or skipped", await ProblemAsync(telltale, HttpMethod.Post, path, new { values = new { refused = true } }, HttpStatusCode.Conflict));
        await ProblemAsync(telltale, HttpMethod.Post, $"/api/v1/review-queue/{item.Id}/skip", new { }, HttpStatusCode.Conflict);
        await ProblemAsync(telltale, HttpMethod.Post, "/api/v1/review-queue/nope/annotations", new { values = new { refused = true } }, HttpStatusCode.NotFound);
        Assert.Single(await telltale.GetAsync<List<ScoreRecord>>($"/api/v1/scores?range=1h&traceId={item.TraceId}"), s => s.Source == ScoreSources.Annotation);

        // A rule that lists configs narrows what reviewers fill.
        await SendJsonAsync(telltale, HttpMethod.Put, "/api/v1/review-queue/rule", new { pacing = "immediate", scoreConfigs = new[] { "refused" } });
        Assert.Equal("'tone' is not a score config of this queue; use refused.",
            await ProblemAsync(telltale, HttpMethod.Post, $"/api/v1/review-queue/{items[Answers[1]].Id}/annotations",
                new { values = new { tone = "polite" } }, HttpStatusCode.BadRequest));

        // A skip needs no body.
        Assert.Equal(HttpStatusCode.OK, (await telltale.Client.PostAsync($"/api/v1/review-queue/{items[Answers[3]].Id}/skip", null)).StatusCode);

        // Assigning a reviewer, and listing by assignee.
        await SendJsonAsync(telltale, HttpMethod.Post, $"/api/v1/review-queue/{items[Answers[2]].Id}/assign", new { reviewer = "carol" });
        Assert.Equal(Answers[2], Assert.Single(await telltale.GetAsync<List<ReviewItem>>("/api/v1/review-queue?assignee=carol")).TraceId);
    }
}
