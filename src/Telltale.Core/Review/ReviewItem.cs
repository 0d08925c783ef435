namespace Telltale.Core.Review;

/// <summary>One trace sampled into the review queue, and what became of it. A trace is queued at most once.</summary>
public sealed record ReviewItem
{
    public required string Id { get; init; }
    public required string TraceId { get; init; }
    public required string System { get; init; }
    public string? SessionId { get; init; }

    /// <summary>The intent the trace was sampled under, "untagged" without one, or "all" when the rule does not stratify.</summary>
    public required string Stratum { get; init; }
    public required DateTimeOffset TraceTime { get; init; }

    /// <summary>The Monday (UTC) of the sampling week the trace belongs to.</summary>
    public required DateTimeOffset WeekStart { get; init; }

    /// <summary>The weight it was drawn with: 1 when nothing raised its chance.</summary>
    public double Weight { get; init; } = 1;

    /// <summary>The rule's weight-by signal for this trace when it was sampled, if it had one.</summary>
    public double? WeightScore { get; init; }
    public required DateTimeOffset SampledAt { get; init; }
    public string Status { get; init; } = ReviewStatus.Pending;
    public string? Assignee { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }
    public string? CompletedBy { get; init; }

    /// <summary>The reviewer's comment, or why the item was skipped.</summary>
    public string? Comment { get; init; }
}
