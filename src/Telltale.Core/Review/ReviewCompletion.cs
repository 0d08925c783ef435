namespace Telltale.Core.Review;

/// <summary>How a pending item was finished: annotated (done) or skipped, by whom, when, with what comment.</summary>
public sealed record ReviewCompletion(string Status, string? By, DateTimeOffset At, string? Comment);
