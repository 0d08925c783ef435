namespace Telltale.Core.Evaluation.Canary;

/// <summary>What started a run (<see cref="CanaryRun.Trigger"/>); the dashboard marks runs a new model version started.</summary>
public static class CanaryTriggers
{
    public const string Schedule = "schedule";
    public const string Manual = "manual";
    public const string ModelChange = "model_change";
}
