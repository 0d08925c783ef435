namespace Telltale.Core.Intents;

/// <summary>
/// The intent a conversation turn was tagged with: by the project's classifier from the first user message, or taken
/// from an explicit <c>telltale.intent</c> attribute the application sent. One row per trace; a later tag for the same
/// trace replaces the earlier one when read.
/// </summary>
public sealed record TraceIntent
{
    public required string TraceId { get; init; }
    public string? SessionId { get; init; }
    public required string System { get; init; }
    public required string Intent { get; init; }

    /// <summary>The classifier's probability for the chosen intent; 1 for an intent the application sent itself.</summary>
    public double Confidence { get; init; }

    /// <summary>"classifier" or "attribute".</summary>
    public required string Source { get; init; }

    /// <summary>The start of the trace, so intent breakdowns line up with traffic.</summary>
    public DateTimeOffset Time { get; init; }
}
