namespace Telltale.Core.Alerting;

/// <summary>
/// The rules every AI system gets when it first appears, from the seeds: few, each one worth acting on. Rules whose
/// metric has no data yet (feedback) stay idle until it exists. Canaries bring their own rule
/// (<see cref="Evaluation.Canary.CanaryAlertRule"/>).
/// </summary>
public static class DefaultRulePack
{
    public static IReadOnlyList<AlertRule> For(string system)
    {
        var filters = new Dictionary<string, IReadOnlyList<string>> { ["system"] = [system] };
        AlertRule Rule(string slug, string name, string metric, TimeSpan window, AlertCondition condition, AlertSeverity severity,
            long minSamples, string runbook) => new()
            {
                Id = $"default-{Slug(system)}-{slug}",
                Name = $"{system}: {name}",
                Metric = metric,
                Filters = filters,
                Window = window,
                Condition = condition,
                MinSamples = minSamples,
                For = window <= TimeSpan.FromMinutes(15) ? TimeSpan.FromMinutes(2) : TimeSpan.Zero,
                Severity = severity,
                RunbookMarkdown = runbook,
            };

        return
        [
            Rule("error-rate", "error rate above 5 %", "errorRate", TimeSpan.FromMinutes(5),
                new StaticThreshold { Direction = Direction.Up, Threshold = 0.05, Recovery = 0.04 }, AlertSeverity.Critical, 50,
                "Check the provider status page and the error types in the failing traces; look for a deployment just before."),
            Rule("latency-p95", "p95 latency above 3x its 7-day baseline", "latencyP95Ms", TimeSpan.FromMinutes(15),
                new RelativeToBaseline { Direction = Direction.Up, Baseline = BaselineKind.TrailingAverage, ChangePercent = 200, RecoveryPercent = 100, Periods = 7 * 96 },
                AlertSeverity.Warning, 20,
                "Compare models and providers in the breakdown; a slow model version or prompt growth is the usual cause."),
            Rule("daily-cost", "daily cost 20 % above its trailing 7-day average", "costUsd", TimeSpan.FromDays(1),
                new RelativeToBaseline { Direction = Direction.Up, Baseline = BaselineKind.TrailingAverage, ChangePercent = 20, RecoveryPercent = 10, Periods = 7 },
                AlertSeverity.Warning, 1,
                "Break cost down by model and feature; check for a model switch, longer prompts or a traffic surge."),
            Rule("cost-per-task", "cost per task 20 % above its baseline", "costPerTraceUsd", TimeSpan.FromDays(1),
                new RelativeToBaseline { Direction = Direction.Up, Baseline = BaselineKind.TrailingAverage, ChangePercent = 20, RecoveryPercent = 10, Periods = 7 },
                AlertSeverity.Warning, 20,
                "Rising cost per task signals prompt bloat: compare input tokens per call with last week."),
            Rule("thumbs-up", "thumbs-up rate down more than 10 % week over week", "thumbsUpRate", TimeSpan.FromDays(7),
                new RelativeToBaseline { Direction = Direction.Down, Baseline = BaselineKind.SameTimeLastWeek, ChangePercent = 10 },
                AlertSeverity.Warning, 30,
                "Read the thumbs-down comments and the traces behind them, by intent."),
            Rule("csat", "CSAT down more than 10 % week over week", "csat", TimeSpan.FromDays(7),
                new RelativeToBaseline { Direction = Direction.Down, Baseline = BaselineKind.SameTimeLastWeek, ChangePercent = 10 },
                AlertSeverity.Warning, 30,
                "Compare CSAT by intent and by model; look for a model or prompt change in the period."),
        ];
    }

    private static string Slug(string text) =>
        new(text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
}
