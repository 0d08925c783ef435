using Telltale.Core.Feedback;

namespace Telltale.Core.Alerting;

/// <summary>The user-signal metrics a rule can name, read from feedback summaries; samples are the responses behind
/// each figure, so a rule's minimum sample size applies to feedback as it does to calls.</summary>
public static class FeedbackRuleMetrics
{
    private static readonly Dictionary<string, Func<FeedbackSummary, Observation>> Readers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["thumbsUpRate"] = s => new Observation(s.ThumbsUpRate, s.Thumbs),
        ["csat"] = s => new Observation(s.MeanCsat, s.CsatResponses),
        ["meanRating"] = s => new Observation(s.MeanRating, s.Ratings),
        ["editRatio"] = s => new Observation(s.MeanEditRatio, s.Edits),
        ["escalations"] = s => new Observation(s.Escalated, s.Escalated),
        ["abandonments"] = s => new Observation(s.Abandoned, s.Abandoned),
    };

    public static IReadOnlyCollection<string> Names => Readers.Keys;

    public static bool Handles(string metric) => Readers.ContainsKey(metric);

    public static Observation Read(string metric, FeedbackSummary summary) => Readers[metric](summary);

    /// <summary>Several systems' summaries as one (weighted by responses), for a rule not grouped by system.</summary>
    public static FeedbackSummary Combine(IReadOnlyList<FeedbackSummary> parts)
    {
        static double? Mean(IEnumerable<(double? Value, long Count)> xs)
        {
            var list = xs.Where(x => x.Value is not null && x.Count > 0).ToList();
            var n = list.Sum(x => x.Count);
            return n == 0 ? null : list.Sum(x => x.Value!.Value * x.Count) / n;
        }
        return new FeedbackSummary(null,
            parts.Sum(p => p.Thumbs), Mean(parts.Select(p => (p.ThumbsUpRate, p.Thumbs))),
            parts.Sum(p => p.Ratings), Mean(parts.Select(p => (p.MeanRating, p.Ratings))),
            parts.Sum(p => p.CsatResponses), Mean(parts.Select(p => (p.MeanCsat, p.CsatResponses))),
            parts.Sum(p => p.Edits), Mean(parts.Select(p => (p.MeanEditRatio, p.Edits))),
            parts.Sum(p => p.Accepted), parts.Sum(p => p.Escalated), parts.Sum(p => p.Abandoned));
    }
}

/// <summary>Any stored score as a rule metric: <c>score.&lt;name&gt;</c> is its mean over the window (for evaluator scores
/// in [0, 1], a rate: score.refusal is the refusal rate), with the number of scores as the sample count.</summary>
public static class ScoreRuleMetrics
{
    public const string Prefix = "score.";

    public static bool Handles(string metric) => metric.StartsWith(Prefix, StringComparison.Ordinal) && metric.Length > Prefix.Length;

    public static string ScoreName(string metric) => metric[Prefix.Length..];

    /// <summary>Metrics that exist per window and per system only (no span dimensions, no time-series query).</summary>
    public static bool IsWindowOnly(string metric) => Handles(metric) || FeedbackRuleMetrics.Handles(metric) || CanaryRuleMetrics.Handles(metric);
}
