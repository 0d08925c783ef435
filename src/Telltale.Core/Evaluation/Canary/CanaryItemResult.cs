namespace Telltale.Core.Evaluation.Canary;

/// <summary>One item of a run: what the target answered (or why it failed) and each scorer's value and reason.</summary>
public sealed record CanaryItemResult
{
    public required string ItemId { get; init; }
    public string? Output { get; init; }
    public string? Error { get; init; }
    public string? ResponseModel { get; init; }
    public double DurationMs { get; init; }
    public IReadOnlyDictionary<string, double> Scores { get; init; } = new Dictionary<string, double>();
    public IReadOnlyDictionary<string, string> Reasons { get; init; } = new Dictionary<string, string>();

    /// <summary>The mean of this item's scores, or null when none could be given.</summary>
    public double? Score => Scores.Count == 0 ? null : Scores.Values.Average();
}
