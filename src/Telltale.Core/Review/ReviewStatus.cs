namespace Telltale.Core.Review;

/// <summary>Where a queue item stands (<see cref="ReviewItem.Status"/>).</summary>
public static class ReviewStatus
{
    public const string Pending = "pending";
    public const string Done = "done";
    public const string Skipped = "skipped";

    public static readonly IReadOnlyList<string> All = [Pending, Done, Skipped];
}
