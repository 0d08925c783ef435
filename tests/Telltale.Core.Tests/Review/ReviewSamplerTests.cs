using Telltale.Core.Review;
using Telltale.Core.Review.Sampling;

namespace Telltale.Core.Tests.Review;

public sealed class ReviewSamplerTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 2, 0, 0, 0, TimeSpan.Zero);
    private const ulong Seed = 42;

    private static List<ReviewCandidate> Traffic(params (string Stratum, int Count)[] strata) =>
        strata.SelectMany(s => Enumerable.Range(0, s.Count).Select(i =>
            new ReviewCandidate($"{s.Stratum}-{i:D5}", "support", null, s.Stratum, Monday.AddMinutes(i), null))).ToList();

    private static IReadOnlyList<SampledTrace> Sample(IReadOnlyList<ReviewCandidate> candidates, int allowance, LowScoreWeighting? weighting = null,
        IReadOnlyList<SampledTrace>? queued = null, ulong seed = Seed) =>
        ReviewSampler.Sample(new SamplingInput
        {
            Candidates = candidates,
            Allowance = allowance,
            Weighting = weighting ?? LowScoreWeighting.None,
            QueuedByStratum = (queued ?? []).GroupBy(p => p.Candidate.Stratum).ToDictionary(g => g.Key, g => g.Count()),
            QueuedTraces = (queued ?? []).Select(p => p.Candidate.TraceId).ToHashSet(),
            Seed = seed,
        });

    [Fact]
    public void The_sample_meets_the_target_with_quotas_proportional_to_each_intents_traffic()
    {
        var picks = Sample(Traffic(("billing", 600), ("shipping", 300), (ReviewCandidate.Untagged, 100)), 75);

        Assert.Equal(75, picks.Count);
        var byStratum = picks.GroupBy(p => p.Candidate.Stratum).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<string, int> { ["billing"] = 45, ["shipping"] = 23, [ReviewCandidate.Untagged] = 7 }, byStratum);
        Assert.Equal(75, picks.Select(p => p.Candidate.TraceId).Distinct().Count());
    }

    [Fact]
    public void Every_stratum_seen_is_reviewed_however_rare()
    {
        var picks = Sample(Traffic(("faq", 5000), ("disputes", 3), ("fraud", 1)), 50);

        Assert.Equal(50, picks.Count);
        Assert.Single(picks, p => p.Candidate.Stratum == "fraud");
        Assert.Single(picks, p => p.Candidate.Stratum == "disputes"); // 0.03 of a quota, raised to one
    }

    [Fact]
    public void Weighting_towards_low_scores_raises_the_share_of_low_score_traces_measurably()
    {
        // Half the traces were judged bad (groundedness 0), half good (1).
        var candidates = Enumerable.Range(0, 2000).Select(i =>
            new ReviewCandidate($"t{i:D5}", "rag", null, "all", Monday.AddSeconds(i), i % 2 == 0 ? 0.0 : 1.0)).ToList();
        double LowShare(LowScoreWeighting weighting, ulong seed) =>
            Sample(candidates, 100, weighting, seed: seed).Count(p => p.Candidate.WeightScore == 0) / 100.0;

        var seeds = Enumerable.Range(1, 20).Select(s => (ulong)s).ToList();
        var uniform = seeds.Average(s => LowShare(LowScoreWeighting.None, s));
        var weighted = seeds.Average(s => LowShare(new LowScoreWeighting(ReviewQueueRule.Low, 4), s));

        // Weights 5 against 1: about 5/6 of a small sample, against about 1/2 unweighted.
        Assert.InRange(uniform, 0.42, 0.58);
        Assert.InRange(weighted, 0.76, 0.90);
        Assert.All(Sample(candidates, 100, new LowScoreWeighting(ReviewQueueRule.Low, 4)), p => Assert.Equal(p.Candidate.WeightScore == 0 ? 5 : 1, p.Weight));
    }

    [Fact]
    public void Weighting_the_other_way_favours_high_scores()
    {
        var candidates = Enumerable.Range(0, 1000).Select(i =>
            new ReviewCandidate($"t{i:D5}", "bot", null, "all", Monday, i % 2 == 0 ? 1.0 : 0.0)).ToList(); // refusal 1 = refused

        var picks = Sample(candidates, 100, new LowScoreWeighting(ReviewQueueRule.High, 9));

        Assert.True(picks.Count(p => p.Candidate.WeightScore == 1) >= 80);
    }

    [Fact]
    public void The_same_input_gives_the_same_sample_whatever_the_order_of_the_candidates()
    {
        var candidates = Traffic(("a", 300), ("b", 200));
        var shuffled = candidates.OrderBy(c => StableHash.Of(c.TraceId)).ToList();

        var first = Sample(candidates, 30).Select(p => p.Candidate.TraceId);
        var again = Sample(shuffled, 30).Select(p => p.Candidate.TraceId);
        var otherSeed = Sample(candidates, 30, seed: Seed + 1).Select(p => p.Candidate.TraceId);

        Assert.Equal(first, again);
        Assert.NotEqual(first, otherSeed);
    }

    [Fact]
    public void Queued_traces_are_never_drawn_again_and_a_repeated_round_adds_nothing()
    {
        var candidates = Traffic(("a", 40), ("b", 20));
        var firstRound = Sample(candidates, 15);

        var secondRound = Sample(candidates, 15, queued: firstRound);
        var moreAllowed = Sample(candidates, 30, queued: firstRound);

        Assert.Empty(secondRound);
        Assert.Equal(15, moreAllowed.Count);
        Assert.Empty(moreAllowed.Select(p => p.Candidate.TraceId).Intersect(firstRound.Select(p => p.Candidate.TraceId)));
    }

    [Fact]
    public void A_trace_listed_twice_is_picked_at_most_once()
    {
        var candidates = Traffic(("a", 5));
        var picks = Sample([.. candidates, .. candidates, .. candidates], 10);

        Assert.Equal(5, picks.Count);
        Assert.Equal(5, picks.Select(p => p.Candidate.TraceId).Distinct().Count());
    }

    [Fact]
    public void Rounds_through_a_week_of_even_pacing_end_at_the_target_proportional_and_without_duplicates()
    {
        // Traffic arrives hour by hour (60 % billing, 30 % shipping, 10 % untagged); every hour the sampler runs over the
        // week so far with what is already queued, as the scheduled runner does.
        var seen = new List<ReviewCandidate>();
        var queued = new List<SampledTrace>();
        for (var hour = 1; hour <= 7 * 24; hour++)
        {
            var at = Monday.AddHours(hour);
            for (var i = 0; i < 10; i++)
            {
                var stratum = i < 6 ? "billing" : i < 9 ? "shipping" : ReviewCandidate.Untagged;
                seen.Add(new ReviewCandidate($"h{hour:D3}-{i}", "support", null, stratum, at.AddMinutes(-1 - i), null));
            }
            var picks = Sample(seen, ReviewWeek.Allowance(75, ReviewQueueRule.Even, Monday, at), queued: queued);
            Assert.True(queued.Count + picks.Count <= ReviewWeek.Allowance(75, ReviewQueueRule.Even, Monday, at));
            queued.AddRange(picks);
        }

        Assert.Equal(75, queued.Count);
        Assert.Equal(75, queued.Select(p => p.Candidate.TraceId).Distinct().Count());
        var byStratum = queued.GroupBy(p => p.Candidate.Stratum).ToDictionary(g => g.Key, g => g.Count());
        Assert.InRange(byStratum["billing"], 44, 46);   // exactly 45
        Assert.InRange(byStratum["shipping"], 22, 23);  // exactly 22.5
        Assert.InRange(byStratum[ReviewCandidate.Untagged], 7, 8); // exactly 7.5
        // Spread over the week, not taken on Monday: every day contributed.
        Assert.Equal(7, queued.Select(p => (p.Candidate.TraceTime - Monday).Days).Distinct().Count());
    }

    [Fact]
    public void A_stratum_that_got_ahead_keeps_its_items_and_the_week_still_holds_no_more_than_its_allowance()
    {
        // Monday's traffic was all billing, so billing took the first items; then shipping arrives in bulk.
        var monday = Traffic(("billing", 20));
        var early = Sample(monday, 10);
        var later = Sample([.. monday, .. Traffic(("shipping", 980))], 12, queued: early);

        Assert.Equal(10, early.Count);
        Assert.Equal(2, later.Count); // the allowance, not the shipping quota of 12 × 98 %
        Assert.All(later, p => Assert.Equal("shipping", p.Candidate.Stratum));
    }
}
