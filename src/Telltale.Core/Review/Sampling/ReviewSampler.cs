namespace Telltale.Core.Review.Sampling;

/// <summary>
/// Picks the traces of one week to add to the review queue. The week's allowance is split over strata in proportion to
/// their traffic (every stratum seen gets at least one); what each stratum already has queued counts against its quota;
/// within a stratum, traces are drawn by weight without replacement. A queued trace is never drawn again, and the week
/// never holds more than its allowance. Pure: the same input gives the same picks.
/// </summary>
public static class ReviewSampler
{
    public static IReadOnlyList<SampledTrace> Sample(SamplingInput input)
    {
        var candidates = input.Candidates.DistinctBy(c => c.TraceId).ToList();
        var traffic = candidates.GroupBy(c => c.Stratum).ToDictionary(g => g.Key, g => g.Count());
        var ideal = StratumQuotas.Allocate(traffic, input.Allowance, atLeastOneEach: true);

        var eligible = candidates.Where(c => !input.QueuedTraces.Contains(c.TraceId))
            .GroupBy(c => c.Stratum).ToDictionary(g => g.Key, g => g.ToList());
        var deficits = ideal.ToDictionary(q => q.Key,
            q => Math.Clamp(q.Value - input.QueuedByStratum.GetValueOrDefault(q.Key), 0, eligible.GetValueOrDefault(q.Key)?.Count ?? 0));
        // Quotas shift as the week's traffic mix does; a stratum that got ahead keeps its items, so the others share
        // only what the week has left.
        var budget = Math.Max(0, input.Allowance - input.QueuedByStratum.Values.Sum());
        var quotas = deficits.Values.Sum() > budget ? StratumQuotas.Allocate(deficits, budget, atLeastOneEach: false) : deficits;

        var picks = new List<SampledTrace>();
        foreach (var (stratum, quota) in quotas.OrderBy(q => q.Key, StringComparer.Ordinal))
        {
            if (quota == 0) continue;
            var drawn = WeightedDraw.Take(eligible[stratum], c => c.TraceId, c => input.Weighting.WeightOf(c.WeightScore), quota, input.Seed);
            picks.AddRange(drawn.Select(c => new SampledTrace(c, input.Weighting.WeightOf(c.WeightScore))));
        }
        return picks.OrderBy(p => p.Candidate.TraceTime).ThenBy(p => p.Candidate.TraceId, StringComparer.Ordinal).ToList();
    }
}
