using Telltale.Core.Feedback;
using Telltale.Core.Scores;

namespace Telltale.Core.Review;

/// <summary>Turns a posted review queue rule into a complete one (defaults for what was left out), checked against the
/// project's score configs, or names every problem with it.</summary>
public static class ReviewQueueRuleValidator
{
    public sealed record Posted(bool? Enabled, int? TargetPerWeek, IReadOnlyList<string>? Systems, bool? StratifyByIntent, string? WeightBy,
        string? BadWhen, double? WeightFactor, string? Pacing, IReadOnlyList<string>? ScoreConfigs);

    public const int MaxTargetPerWeek = 10_000;
    public const double MaxWeightFactor = 100;
    public const string FeedbackPrefix = "feedback.";

    /// <summary>Feedback kinds whose values lie on a 0..1 scale, so they can weight the sampling as they are.</summary>
    public static readonly IReadOnlyList<string> WeightingFeedbackKinds =
        [FeedbackKinds.Thumbs, FeedbackKinds.Edit, FeedbackKinds.Accepted, FeedbackKinds.Escalated, FeedbackKinds.Abandoned];

    public static (ReviewQueueRule? Rule, IReadOnlyList<string> Errors) Normalize(Posted p, IReadOnlyCollection<string> configNames)
    {
        var defaults = new ReviewQueueRule();
        var rule = new ReviewQueueRule
        {
            Enabled = p.Enabled ?? defaults.Enabled,
            TargetPerWeek = p.TargetPerWeek ?? defaults.TargetPerWeek,
            Systems = p.Systems?.Select(s => s?.Trim() ?? "").Distinct().ToList() ?? [],
            StratifyByIntent = p.StratifyByIntent ?? defaults.StratifyByIntent,
            WeightBy = string.IsNullOrWhiteSpace(p.WeightBy) ? null : p.WeightBy.Trim(),
            BadWhen = p.BadWhen?.Trim().ToLowerInvariant() ?? defaults.BadWhen,
            WeightFactor = p.WeightFactor ?? defaults.WeightFactor,
            Pacing = p.Pacing?.Trim().ToLowerInvariant() ?? defaults.Pacing,
            ScoreConfigs = p.ScoreConfigs?.Select(s => s?.Trim() ?? "").Distinct().ToList() ?? [],
        };
        var errors = Validate(rule, configNames);
        return (errors.Count == 0 ? rule : null, errors);
    }

    private static List<string> Validate(ReviewQueueRule rule, IReadOnlyCollection<string> configNames)
    {
        var errors = new List<string>();
        if (rule.TargetPerWeek is < 1 or > MaxTargetPerWeek)
            errors.Add($"'targetPerWeek' must be from 1 to {MaxTargetPerWeek:N0}; got {rule.TargetPerWeek}.");
        if (!double.IsFinite(rule.WeightFactor) || rule.WeightFactor is < 0 or > MaxWeightFactor)
            errors.Add($"'weightFactor' must be from 0 to {MaxWeightFactor}; got {rule.WeightFactor}.");
        if (rule.BadWhen is not (ReviewQueueRule.Low or ReviewQueueRule.High))
            errors.Add($"'badWhen' must be '{ReviewQueueRule.Low}' or '{ReviewQueueRule.High}'; got '{rule.BadWhen}'.");
        if (rule.Pacing is not (ReviewQueueRule.Even or ReviewQueueRule.Immediate))
            errors.Add($"'pacing' must be '{ReviewQueueRule.Even}' or '{ReviewQueueRule.Immediate}'; got '{rule.Pacing}'.");
        if (rule.Systems.Any(s => s.Length == 0)) errors.Add("'systems' must not contain empty names.");
        if (rule.WeightBy is { } weightBy) CheckWeightBy(weightBy, errors);
        var unknown = rule.ScoreConfigs.Where(n => !configNames.Contains(n)).ToList();
        if (unknown.Count > 0)
            errors.Add($"'scoreConfigs' names configs this project does not have: {string.Join(", ", unknown)}" +
                       (configNames.Count == 0 ? "; create them first (POST /api/v1/score-configs)." : $"; it has {string.Join(", ", configNames)}."));
        return errors;
    }

    private static void CheckWeightBy(string weightBy, List<string> errors)
    {
        if (weightBy.StartsWith(FeedbackPrefix, StringComparison.Ordinal))
        {
            if (!WeightingFeedbackKinds.Contains(weightBy[FeedbackPrefix.Length..]))
                errors.Add($"'weightBy' feedback must be on a 0..1 scale: use {string.Join(", ", WeightingFeedbackKinds.Select(k => FeedbackPrefix + k))}; got '{weightBy}'.");
        }
        else if (!ScoreNames.IsValid(weightBy))
        {
            errors.Add($"'weightBy' must be a score name or feedback.<kind>; got '{weightBy}'.");
        }
    }
}
