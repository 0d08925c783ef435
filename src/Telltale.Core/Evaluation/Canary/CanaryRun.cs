namespace Telltale.Core.Evaluation.Canary;

/// <summary>One run of a canary: every item's output and scores, the aggregate, and the comparison with the baseline.</summary>
public sealed record CanaryRun
{
    public const string Running = "running";
    public const string Completed = "completed";
    public const string Failed = "failed";

    public required string Id { get; init; }
    public required string CanaryId { get; init; }
    public required string CanaryName { get; init; }
    public required string System { get; init; }
    public string Status { get; init; } = Running;

    /// <summary>schedule, manual, or model_change (with the model in <see cref="TriggerDetail"/>).</summary>
    public required string Trigger { get; init; }
    public string? TriggerDetail { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }
    public int DatasetVersion { get; init; }
    public required string TargetModel { get; init; }

    /// <summary>The model versions that actually answered (the provider's dated snapshot).</summary>
    public IReadOnlyList<string> ResponseModels { get; init; } = [];
    public IReadOnlyList<CanaryItemResult> Items { get; init; } = [];

    /// <summary>Mean over items of each item's mean scorer value; null when nothing could be scored.</summary>
    public double? Score { get; init; }
    public IReadOnlyDictionary<string, double> ScorerMeans { get; init; } = new Dictionary<string, double>();
    public int ScoredItems { get; init; }
    public int FailedItems { get; init; }
    public decimal CostUsd { get; init; }
    public CanaryComparison? Comparison { get; init; }
    public string? Error { get; init; }

    /// <summary>The trace holding this run's own model calls (targets and judges).</summary>
    public string? TraceId { get; init; }
}
