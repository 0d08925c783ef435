using Telltale.Core.Scores;

namespace Telltale.Core.Review;

/// <summary>The result of annotating or skipping an item: the finished item and its scores, or why not.</summary>
public sealed record ReviewOutcome(ReviewItem? Item, IReadOnlyList<ScoreRecord> Scores, ReviewFailure Failure, IReadOnlyList<string> Errors)
{
    public static ReviewOutcome Done(ReviewItem item, IReadOnlyList<ScoreRecord> scores) => new(item, scores, ReviewFailure.None, []);

    public static ReviewOutcome Failed(ReviewFailure failure, params string[] errors) => new(null, [], failure, errors);
}
