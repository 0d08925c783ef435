namespace Telltale.Core.Evaluation.Canary;

/// <summary>Which run later runs are compared with. The API and the dashboard pin through here, so both accept the same runs.</summary>
public static class CanaryBaseline
{
    /// <summary>Only a completed run of the same canary has the per-item scores a comparison pairs with.</summary>
    public static bool CanPin(CanaryDefinition canary, CanaryRun run) => run.Status == CanaryRun.Completed && run.CanaryId == canary.Id;

    public static CanaryDefinition Pin(CanaryDefinition canary, CanaryRun run, DateTimeOffset now)
    {
        if (!CanPin(canary, run)) throw new ArgumentException($"Run '{run.Id}' is not a completed run of canary '{canary.Name}'.", nameof(run));
        return canary with { BaselineRunId = run.Id, UpdatedAt = now };
    }
}
