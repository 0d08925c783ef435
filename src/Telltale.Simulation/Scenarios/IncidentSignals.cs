namespace Telltale.Simulation.Scenarios;

/// <summary>
/// The ground truth the detection benchmark scores against: which alert metrics an incident really moves (an alert on
/// one of them, on the incident's system, during the incident, is a detection), and — when Telltale has no way to
/// see it yet — which missing capability explains the miss.
/// </summary>
public static class IncidentSignals
{
    public static IReadOnlyList<string> MetricsMoved(IncidentKind kind) => kind switch
    {
        IncidentKind.VendorModelUpdate => ["thumbsUpRate", "csat", "meanRating", "outputTokens", "score.hedging", "score.verbosity", "canaryScore", "canaryRegression"],
        IncidentKind.StaleRetrieval => ["score.groundedness", "retrievalDrift"],
        IncidentKind.PromptBloat => ["costPerTraceUsd", "costUsd", "inputTokens"],
        IncidentKind.LatencyDegradation => ["latencyP95Ms", "latencyP99Ms", "latencyP50Ms"],
        IncidentKind.RateLimitBurst => ["errorRate", "errors", "rateLimitedShare"],
        IncidentKind.DeploymentErrorBurst => ["errorRate", "errors"],
        IncidentKind.PromptInjectionWave => ["promptInjection"],
        IncidentKind.PiiLeak => ["piiExposure"],
        IncidentKind.IntentAbandonment => ["abandonments"],
        _ => [],
    };

    /// <summary>Whether an alert on this metric watches what the incident moves. Canary metrics name their canary
    /// (<c>canaryRegression.support-golden</c>); any canary of the system counts.</summary>
    public static bool Moves(IncidentKind kind, string metric)
    {
        var family = metric.StartsWith("canary", StringComparison.OrdinalIgnoreCase) && metric.IndexOf('.') is var dot and > 0 ? metric[..dot] : metric;
        return MetricsMoved(kind).Contains(family, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Why a miss is expected with the default rules, or null when a default rule should catch it.</summary>
    public static string? KnownGap(IncidentKind kind) => kind switch
    {
        IncidentKind.StaleRetrieval => "no retrieval-drift detection yet (capability 8)",
        IncidentKind.PromptInjectionWave => "no prompt-injection detection yet (capability 11)",
        IncidentKind.PiiLeak => "no PII scanning yet (capability 11)",
        IncidentKind.IntentAbandonment => "abandonments are alertable and broken down by intent, but no default rule watches them per intent (capability 7)",
        _ => null,
    };
}
