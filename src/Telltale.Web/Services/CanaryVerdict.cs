using MudBlazor;
using Telltale.Core.Evaluation.Canary;

namespace Telltale.Web.Services;

/// <summary>A run's outcome in a word and a colour, decided by the same margin rule the comparer wrote the verdict with.</summary>
public static class CanaryVerdict
{
    public static CanaryOutcome Of(CanaryRun run) => run switch
    {
        { Status: CanaryRun.Running } => CanaryOutcome.Running,
        { Status: CanaryRun.Failed } => CanaryOutcome.Failed,
        { Comparison: null } => CanaryOutcome.NotCompared,
        { Comparison.Regressed: true } => CanaryOutcome.Regressed,
        { Comparison: { } c } when CanaryComparer.BeyondMargin(c.Overall, c.MarginPercent) => CanaryOutcome.LowerNotSignificant,
        _ => CanaryOutcome.NoRegression,
    };

    public static string Label(CanaryOutcome outcome) => outcome switch
    {
        CanaryOutcome.Running => "running",
        CanaryOutcome.Failed => "failed",
        CanaryOutcome.NotCompared => "not compared",
        CanaryOutcome.NoRegression => "no regression",
        CanaryOutcome.LowerNotSignificant => "lower, not significant",
        CanaryOutcome.Regressed => "regressed",
        _ => outcome.ToString(),
    };

    public static Color Colour(CanaryOutcome outcome) => outcome switch
    {
        CanaryOutcome.Regressed or CanaryOutcome.Failed => Color.Error,
        CanaryOutcome.LowerNotSignificant => Color.Warning,
        CanaryOutcome.NoRegression => Color.Success,
        CanaryOutcome.Running => Color.Info,
        _ => Color.Default,
    };

    /// <summary>The sentence behind the chip: the comparer's verdict, the failure, or why there is none.</summary>
    public static string Text(CanaryRun run) => run switch
    {
        { Status: CanaryRun.Running } => "Running…",
        { Status: CanaryRun.Failed } => run.Error ?? "The run failed.",
        { Comparison: { } c } => c.Verdict,
        { Score: null } => "No item could be scored, so there is nothing to compare.",
        _ => "Nothing to compare with: this run became the baseline.",
    };
}
