using Telltale.Core.Alerting;

namespace Telltale.Core.Evaluation.Canary;

/// <summary>The alert rule a canary brings: it fires when the canary's newest run was judged a regression against
/// its baseline (the canary's own margin and significance level decide; the rule only reads the verdict).</summary>
public static class CanaryAlertRule
{
    public static string IdOf(string canaryName) => $"canary-{canaryName}";

    public static AlertRule For(CanaryDefinition canary) => new()
    {
        Id = IdOf(canary.Name),
        Name = $"{canary.System}: canary '{canary.Name}' regressed against its baseline",
        Metric = $"{CanaryRuleMetrics.Regression}.{canary.Name}",
        Filters = new Dictionary<string, IReadOnlyList<string>> { ["system"] = [canary.System] },
        // Long enough to always hold the newest run of a daily canary; an hourly one has a newer run each hour.
        Window = TimeSpan.FromHours(26),
        Condition = new StaticThreshold { Direction = Direction.Up, Threshold = 0 },
        MinSamples = 1,
        Severity = AlertSeverity.Critical,
        RunbookMarkdown = $"Open canary '{canary.Name}' in Telltale and read the per-item comparison with the baseline: which items got worse, " +
                          "what the judge said, and which model version answered. A vendor model update or a prompt change is the usual cause; " +
                          "once the new behaviour is accepted, pin the latest run as the baseline.",
    };
}
