using Telltale.Core.Projects;
using Telltale.Core.Scores;
using Telltale.Core.Serialization;

namespace Telltale.Core.Review;

/// <summary>
/// The review queue as reviewers use it, shared by the API and the dashboard: the project's rule, an item with what to
/// fill in, and annotating or skipping it.
/// </summary>
public sealed class ReviewQueue(IReviewQueueStore store, IScoreConfigStore configs, IScoreStore scores, IConfigStore config, TimeProvider time)
{
    public const string RuleSettingName = "review-queue-rule";

    public async Task<ReviewQueueRule> RuleAsync(string projectId, CancellationToken ct) =>
        TelltaleJson.Deserialize<ReviewQueueRule>(await config.GetSettingAsync(projectId, RuleSettingName, ct)) ?? new ReviewQueueRule();

    /// <returns>The saved rule, or the problems that kept it from being saved.</returns>
    public async Task<(ReviewQueueRule? Rule, IReadOnlyList<string> Errors)> SaveRuleAsync(string projectId, ReviewQueueRuleValidator.Posted posted,
        CancellationToken ct)
    {
        var names = (await configs.ListAsync(projectId, ct)).Select(c => c.Name).ToList();
        var (rule, errors) = ReviewQueueRuleValidator.Normalize(posted, names);
        if (rule is not null) await config.SetSettingAsync(projectId, RuleSettingName, TelltaleJson.Serialize(rule), ct);
        return (rule, errors);
    }

    /// <summary>The configs the rule names, or all of the project's when it names none.</summary>
    public async Task<IReadOnlyList<ScoreConfig>> ConfigsToFillAsync(string projectId, CancellationToken ct)
    {
        var all = await configs.ListAsync(projectId, ct);
        var named = (await RuleAsync(projectId, ct)).ScoreConfigs;
        return named.Count == 0 ? all : all.Where(c => named.Contains(c.Name)).ToList();
    }

    public async Task<ReviewItemDetail?> DetailAsync(string projectId, string id, CancellationToken ct)
    {
        if (await store.GetAsync(projectId, id, ct) is not { } item) return null;
        var onTrace = await scores.QueryAsync(projectId, new ScoreQuery { TraceIds = [item.TraceId], Limit = 1_000 }, ct);
        return new ReviewItemDetail(item, await ConfigsToFillAsync(projectId, ct), onTrace);
    }

    /// <summary>The first pending item in queue order other than <paramref name="except"/>: where a reviewer goes next.</summary>
    public async Task<ReviewItem?> NextPendingAsync(string projectId, string? except, CancellationToken ct) =>
        (await store.ListAsync(projectId, ReviewStatus.Pending, null, 2, ct)).FirstOrDefault(i => i.Id != except);

    public async Task<ReviewOutcome> AnnotateAsync(string projectId, string id, ReviewAnnotation annotation, CancellationToken ct)
    {
        var pending = await PendingAsync(projectId, id, ct);
        if (pending.Item is not { } item) return pending;
        var (annotationScores, errors) = AnnotationValidator.ToScores(item, await ConfigsToFillAsync(projectId, ct), annotation);
        if (errors.Count > 0) return ReviewOutcome.Failed(ReviewFailure.Invalid, [.. errors]);
        var comment = string.IsNullOrWhiteSpace(annotation.Comment) ? null : annotation.Comment.Trim();
        return await CompleteAsync(projectId, item, new ReviewCompletion(ReviewStatus.Done, Reviewer(annotation.Reviewer, item), time.GetUtcNow(), comment),
            annotationScores, ct);
    }

    public async Task<ReviewOutcome> SkipAsync(string projectId, string id, string? reason, string? reviewer, CancellationToken ct)
    {
        var pending = await PendingAsync(projectId, id, ct);
        if (pending.Item is not { } item) return pending;
        if (reason is { Length: > AnnotationValidator.MaxCommentLength })
            return ReviewOutcome.Failed(ReviewFailure.Invalid, $"'reason' must be at most {AnnotationValidator.MaxCommentLength:N0} characters.");
        var why = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        return await CompleteAsync(projectId, item, new ReviewCompletion(ReviewStatus.Skipped, Reviewer(reviewer, item), time.GetUtcNow(), why), [], ct);
    }

    private async Task<ReviewOutcome> CompleteAsync(string projectId, ReviewItem item, ReviewCompletion completion, IReadOnlyList<ScoreRecord> written,
        CancellationToken ct)
    {
        if (!await store.CompleteAsync(projectId, item.Id, completion, written, ct)) return NotPending(item.Id);
        var finished = item with { Status = completion.Status, CompletedBy = completion.By, CompletedAt = completion.At, Comment = completion.Comment };
        return ReviewOutcome.Done(finished, written);
    }

    /// <summary>The item when it can still be reviewed; otherwise a failure saying why (no item in Item).</summary>
    private async Task<ReviewOutcome> PendingAsync(string projectId, string id, CancellationToken ct) =>
        await store.GetAsync(projectId, id, ct) switch
        {
            null => ReviewOutcome.Failed(ReviewFailure.NotFound, $"No review item '{id}' in this project."),
            { Status: ReviewStatus.Pending } item => new ReviewOutcome(item, [], ReviewFailure.None, []),
            _ => NotPending(id),
        };

    private static ReviewOutcome NotPending(string id) =>
        ReviewOutcome.Failed(ReviewFailure.NotPending, $"Review item '{id}' is already done or skipped; take the next pending one.");

    private static string? Reviewer(string? given, ReviewItem item) => string.IsNullOrWhiteSpace(given) ? item.Assignee : given.Trim();
}
