using Telltale.Core.Evaluation.Canary;

namespace Telltale.Web.Tests;

/// <summary>Canary runs and comparisons as the runner saves them, for the canary pages' logic and components.</summary>
internal static class CanaryFixtures
{
    public static CanaryItemResult Item(string id, params (string Scorer, double Value)[] scores) => new()
    {
        ItemId = id,
        Output = $"answer to {id}",
        Scores = scores.ToDictionary(s => s.Scorer, s => s.Value),
        Reasons = scores.ToDictionary(s => s.Scorer, s => $"{s.Scorer} gave {s.Value}"),
    };

    public static CanaryRun Run(string id, params CanaryItemResult[] items) => new()
    {
        Id = id,
        CanaryId = "canary-1",
        CanaryName = "golden",
        System = "support",
        Status = CanaryRun.Completed,
        Trigger = CanaryTriggers.Manual,
        TargetModel = "gpt-4o-mini",
        StartedAt = DateTimeOffset.Parse("2025-06-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
        Items = items,
        Score = items.Length == 0 ? null : items.Where(i => i.Score is not null).Average(i => i.Score!.Value),
    };

    /// <summary>A drop of <paramref name="drop"/> overall, judged against a 3 % margin.</summary>
    public static CanaryComparison Comparison(double drop, bool significant, bool regressed) => new()
    {
        BaselineRunId = "base",
        Overall = new ScoreComparison(CanaryComparer.Overall, 100, 1.0, 1.0 - drop, drop, "paired_bootstrap", significant ? 0.00001 : 0.2, significant, 100, 0),
        Scorers =
        [
            new ScoreComparison("contains", 100, 1.0, 1.0, 0, "mcnemar", 1, false),
            new ScoreComparison("correctness", 100, 1.0, 0.6, 0.4, "paired_bootstrap", 0.0123, true, 100, 0),
        ],
        Regressed = regressed,
        MarginPercent = 3,
        Verdict = regressed ? "Regression: score 0.8 against a baseline of 1." : "No regression.",
    };
}
