namespace Telltale.Core.Feedback;

/// <summary>
/// One signal from a user about an answer: thumbs, rating, CSAT, an edit, acceptance, escalation to a human or
/// abandonment — linked to the trace (and span), session and user it concerns.
/// </summary>
public sealed record FeedbackRecord
{
    public required string Id { get; init; }
    public required string Kind { get; init; }
    public string? TraceId { get; init; }
    public string? SpanId { get; init; }
    public string? SessionId { get; init; }
    public string? UserId { get; init; }

    /// <summary>The AI system it concerns, taken from the linked trace when the sender did not say.</summary>
    public string? System { get; init; }

    /// <summary>Normalised value: thumbs 1 (up) or 0 (down); rating and CSAT as given; 1 for accepted, escalated,
    /// abandoned (0 when explicitly not); for an edit, the edit ratio (0 = unchanged, 1 = rewritten).</summary>
    public double? Value { get; init; }
    public string? Comment { get; init; }
    public string? OriginalText { get; init; }
    public string? EditedText { get; init; }
    public required DateTimeOffset Time { get; init; }
}

public static class FeedbackKinds
{
    public const string Thumbs = "thumbs";
    public const string Rating = "rating";
    public const string Csat = "csat";
    public const string Edit = "edit";
    public const string Accepted = "accepted";
    public const string Escalated = "escalated";
    public const string Abandoned = "abandoned";

    public static readonly IReadOnlyList<string> All = [Thumbs, Rating, Csat, Edit, Accepted, Escalated, Abandoned];
}
