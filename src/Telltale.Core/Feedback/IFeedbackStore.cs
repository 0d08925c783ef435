using Telltale.Core.Querying;

namespace Telltale.Core.Feedback;

public interface IFeedbackStore
{
    Task AddAsync(string projectId, FeedbackRecord feedback, CancellationToken ct);

    /// <summary>All or none, in one transaction.</summary>
    Task AddManyAsync(string projectId, IReadOnlyList<FeedbackRecord> feedback, CancellationToken ct);
    Task<IReadOnlyList<FeedbackRecord>> ListAsync(string projectId, TimeRange range, string? traceId, string? kind, int limit, CancellationToken ct);

    /// <summary>Per system over the range: thumbs-up share, mean rating and CSAT, escalation and abandonment counts.</summary>
    /// <summary>The user-signal metrics per time bucket (thumbsUpRate, csat, meanRating, editRatio, escalations,
    /// abandonments), optionally of one system.</summary>
    Task<IReadOnlyList<Quality.QualityPoint>> SeriesAsync(string projectId, TimeRange range, TimeSpan step, string? system, CancellationToken ct);

    Task<IReadOnlyList<FeedbackSummary>> SummarizeAsync(string projectId, TimeRange range, string? system, CancellationToken ct);

    /// <summary>The same figures per intent (of the linked trace, else of the linked session's opening trace; null
    /// when neither is tagged), over one system or all.</summary>
    Task<IReadOnlyList<FeedbackSummary>> SummarizeByIntentAsync(string projectId, TimeRange range, string? system, CancellationToken ct);
}

public sealed record FeedbackSummary(
    string? System, long Thumbs, double? ThumbsUpRate, long Ratings, double? MeanRating, long CsatResponses, double? MeanCsat,
    long Edits, double? MeanEditRatio, long Accepted, long Escalated, long Abandoned)
{
    /// <summary>Set in summaries by intent.</summary>
    public string? Intent { get; init; }
}
