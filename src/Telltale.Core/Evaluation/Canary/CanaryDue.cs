using Telltale.Core.Changes;

namespace Telltale.Core.Evaluation.Canary;

/// <summary>Whether a canary should run now: a new model version answering its system comes first (that is what a
/// canary exists to catch), then its schedule.</summary>
public static class CanaryDue
{
    public sealed record Decision(string Trigger, string? Detail);

    /// <param name="lastRunStart">When its newest run started; null if it never ran.</param>
    /// <param name="modelChanges">Model changes of its system not yet acted on, oldest first.</param>
    public static Decision? Decide(CanaryDefinition canary, DateTimeOffset? lastRunStart, DateTimeOffset now, IReadOnlyList<ChangeEvent> modelChanges)
    {
        if (!canary.Enabled) return null;
        if (canary.RunOnNewModelVersion && modelChanges.Count > 0)
        {
            var latest = modelChanges[^1];
            return new Decision(CanaryTriggers.ModelChange, latest.Attributes.TryGetValue("model", out var model) ? model : latest.Title);
        }
        var next = CanarySchedule.Next(canary.Schedule, lastRunStart ?? canary.CreatedAt);
        return next is { } due && due <= now ? new Decision(CanaryTriggers.Schedule, due.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture)) : null;
    }

    /// <summary>The change kinds that mean "a different model is answering".</summary>
    public static bool IsModelChange(ChangeEvent change) => change.Kind is ChangeKinds.ModelVersionSeen or ChangeKinds.Model;
}
