namespace Telltale.Core.Evaluation.Canary;

/// <summary>A run set against its baseline on the items both scored: overall and per scorer.</summary>
public sealed record CanaryComparison
{
    public required string BaselineRunId { get; init; }
    public required ScoreComparison Overall { get; init; }
    public IReadOnlyList<ScoreComparison> Scorers { get; init; } = [];

    /// <summary>The overall score fell by more than the margin, and the paired test says it is not chance.</summary>
    public bool Regressed { get; init; }

    /// <summary>The margin the drop was judged against: the canary's when the run was compared (it may change since).</summary>
    public double MarginPercent { get; init; }
    public required string Verdict { get; init; }
}

/// <param name="Name">"overall" or the scorer's name.</param>
/// <param name="Test">"mcnemar" for pass/fail scorers, "paired_bootstrap" otherwise.</param>
/// <param name="RelativeDrop">(baseline − current) / baseline: 0.05 is 5 % worse; negative is better.</param>
/// <param name="PValue">One-sided: the chance of a drop at least this large if nothing had changed.</param>
public sealed record ScoreComparison(string Name, int PairedItems, double BaselineScore, double Score, double RelativeDrop, string Test,
    double PValue, bool Significant, int Regressions = 0, int Improvements = 0);
