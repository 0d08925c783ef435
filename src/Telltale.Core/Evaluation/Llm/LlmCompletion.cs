namespace Telltale.Core.Evaluation.Llm;

/// <summary>What came back: the answer and usage, or the error that stopped it (a judge that cannot be reached is
/// not a verdict on the answer it was asked about).</summary>
public sealed record LlmCompletion
{
    public string Text { get; init; } = "";
    public string? ResponseModel { get; init; }
    public long? InputTokens { get; init; }
    public long? OutputTokens { get; init; }
    public string? FinishReason { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    public TimeSpan Duration { get; init; }
    public string? Error { get; init; }

    public bool Succeeded => Error is null;
}
