using System.Globalization;
using Microsoft.Extensions.Options;
using Telltale.Core.Feedback;
using Telltale.Core.Intents;
using Telltale.Core.Projects;
using Telltale.Core.Querying;
using Telltale.Core.Review;
using Telltale.Core.Review.Sampling;
using Telltale.Core.Scores;
using Telltale.Core.Storage;

namespace Telltale.Server.Review;

/// <summary>
/// Fills a project's review queue: for the current sampling week (and the previous one, until it is complete) it reads
/// the week's traces so far, their intents and the rule's weight-by signal, lets <see cref="ReviewSampler"/> pick, and
/// queues the picks. Every round recomputes the week from its start, so the quotas follow the whole week's traffic.
/// </summary>
public sealed class ReviewSamplingRunner(ITelemetryReader telemetry, IIntentStore intents, IScoreStore scores, IFeedbackStore feedback,
    IReviewQueueStore queue, ReviewQueue review, IConfigStore config, IOptions<ReviewOptions> options, TimeProvider time)
{
    private const string WatermarkName = "review-sampling-watermark";

    /// <summary>The schedule and the admin trigger may meet; one round at a time keeps their counts consistent.</summary>
    private readonly SemaphoreSlim _oneRoundAtATime = new(1, 1);

    /// <returns>The items added to the queue.</returns>
    public async Task<IReadOnlyList<ReviewItem>> RunAsync(string projectId, CancellationToken ct)
    {
        await _oneRoundAtATime.WaitAsync(ct);
        try
        {
            return await SampleAsync(projectId, ct);
        }
        finally
        {
            _oneRoundAtATime.Release();
        }
    }

    private async Task<IReadOnlyList<ReviewItem>> SampleAsync(string projectId, CancellationToken ct)
    {
        var rule = await review.RuleAsync(projectId, ct);
        if (!rule.Enabled) return [];
        var now = time.GetUtcNow();
        var until = now - TimeSpan.FromSeconds(options.Value.LagSeconds);
        var currentWeek = ReviewWeek.StartOf(until);
        // A week that ended since the last round is completed first; the very first round takes last week as well, so
        // a new queue has something to review at once.
        var watermark = await config.GetSettingAsync(projectId, WatermarkName, ct) is { } text
            ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture)
            : currentWeek - ReviewWeek.Length;
        var week = ReviewWeek.StartOf(watermark) < currentWeek - ReviewWeek.Length ? currentWeek - ReviewWeek.Length : ReviewWeek.StartOf(watermark);

        var added = new List<ReviewItem>();
        for (; week <= currentWeek; week += ReviewWeek.Length)
        {
            var weekUntil = week + ReviewWeek.Length < until ? week + ReviewWeek.Length : until;
            added.AddRange(await SampleWeekAsync(projectId, rule, week, weekUntil, now, ct));
        }
        await config.SetSettingAsync(projectId, WatermarkName, until.ToString("O", CultureInfo.InvariantCulture), ct);
        return added;
    }

    private async Task<IReadOnlyList<ReviewItem>> SampleWeekAsync(string projectId, ReviewQueueRule rule, DateTimeOffset week,
        DateTimeOffset until, DateTimeOffset now, CancellationToken ct)
    {
        if (until <= week) return [];
        var candidates = await CandidatesAsync(projectId, rule, new TimeRange(week, until), now, ct);
        if (candidates.Count == 0) return [];
        var picks = ReviewSampler.Sample(new SamplingInput
        {
            Candidates = candidates,
            Allowance = ReviewWeek.Allowance(rule.TargetPerWeek, rule.Pacing, week, until),
            QueuedByStratum = await queue.CountByStratumAsync(projectId, week, ct),
            QueuedTraces = await queue.QueuedTracesAsync(projectId, candidates.Select(c => c.TraceId).ToList(), ct),
            Weighting = Weighting(rule),
            Seed = StableHash.Of($"{projectId}|{week:O}"),
        });
        var items = picks.Select(p => new ReviewItem
        {
            Id = ApiKeySecrets.NewId(),
            TraceId = p.Candidate.TraceId,
            System = p.Candidate.System,
            SessionId = p.Candidate.SessionId,
            Stratum = p.Candidate.Stratum,
            TraceTime = p.Candidate.TraceTime,
            WeekStart = week,
            Weight = p.Weight,
            WeightScore = p.Candidate.WeightScore,
            SampledAt = now,
        }).ToList();
        await queue.AddManyAsync(projectId, items, ct);
        return items;
    }

    private static LowScoreWeighting Weighting(ReviewQueueRule rule) =>
        rule.WeightBy is null ? LowScoreWeighting.None : new LowScoreWeighting(rule.BadWhen, rule.WeightFactor);

    /// <summary>The week's traces with a model call (something to review) that started in it, from the rule's systems.</summary>
    private async Task<IReadOnlyList<ReviewCandidate>> CandidatesAsync(string projectId, ReviewQueueRule rule, TimeRange range, DateTimeOffset now,
        CancellationToken ct)
    {
        var traces = new List<TraceSummary>();
        foreach (var system in rule.Systems.Count == 0 ? [null] : rule.Systems.Cast<string?>())
        {
            var page = await telemetry.SearchTracesAsync(projectId,
                new TraceQuery { Range = range, System = system, Limit = options.Value.MaxCandidatesPerWeek }, ct);
            traces.AddRange(page.Items.Where(t => t.LlmCallCount > 0 && t.StartTime >= range.From && t.StartTime < range.To));
        }
        var ids = traces.Select(t => t.TraceId).ToList();
        var tags = rule.StratifyByIntent ? await intents.ForTracesAsync(projectId, ids, ct) : new Dictionary<string, TraceIntent>();
        var signal = await WeightSignalAsync(projectId, rule, new TimeRange(range.From, now.AddSeconds(1)), ct);
        return traces.Select(t => new ReviewCandidate(t.TraceId, t.System, t.SessionId,
                !rule.StratifyByIntent ? ReviewCandidate.AllTraffic : tags.TryGetValue(t.TraceId, out var tag) ? tag.Intent : ReviewCandidate.Untagged,
                t.StartTime, signal.TryGetValue(t.TraceId, out var value) ? value : null))
            .ToList();
    }

    /// <summary>Per trace, the worst value of the weight-by score or feedback kind since the week began (feedback
    /// arrives after the call it is about, so up to now).</summary>
    private async Task<IReadOnlyDictionary<string, double>> WeightSignalAsync(string projectId, ReviewQueueRule rule, TimeRange range, CancellationToken ct)
    {
        if (rule.WeightBy is not { } weightBy) return new Dictionary<string, double>();
        var limit = options.Value.MaxCandidatesPerWeek * 4;
        IEnumerable<(string? TraceId, double? Value)> values;
        if (weightBy.StartsWith(ReviewQueueRuleValidator.FeedbackPrefix, StringComparison.Ordinal))
        {
            var kind = weightBy[ReviewQueueRuleValidator.FeedbackPrefix.Length..];
            values = (await feedback.ListAsync(projectId, range, null, kind, limit, ct)).Select(f => (f.TraceId, f.Value));
        }
        else
        {
            values = (await scores.QueryAsync(projectId, new ScoreQuery { Range = range, Names = [weightBy], Limit = limit }, ct))
                .Select(s => (s.TraceId, s.NumericValue));
        }
        var weighting = Weighting(rule);
        return values.Where(v => v.TraceId is not null && v.Value is not null)
            .GroupBy(v => v.TraceId!).ToDictionary(g => g.Key, g => weighting.Worst(g.Select(v => v.Value!.Value)));
    }
}
