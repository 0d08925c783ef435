namespace Telltale.Simulation.Scenarios;

/// <summary>One scripted incident: what goes wrong, in which system (and segment: a model or an intent), from when
/// until when.</summary>
/// <param name="Segment">The model (latency degradation) or intent (abandonment) affected; null for the whole system.</param>
public sealed record Incident(IncidentKind Kind, string System, DateTimeOffset Onset, DateTimeOffset End, string? Segment = null)
{
    public bool IsActive(DateTimeOffset time) => time >= Onset && time < End;

    public string Title => Kind switch
    {
        IncidentKind.VendorModelUpdate => "vendor model update (longer, hedging answers)",
        IncidentKind.StaleRetrieval => "retrieval goes stale",
        IncidentKind.PromptBloat => "prompt bloat (cost per task +40 %)",
        IncidentKind.LatencyDegradation => $"latency degradation on {Segment ?? "one model"} (p95 ×3+)",
        IncidentKind.RateLimitBurst => "429 rate-limit burst",
        IncidentKind.DeploymentErrorBurst => "error burst after a deployment",
        IncidentKind.PromptInjectionWave => "prompt-injection wave",
        IncidentKind.PiiLeak => "personal data leaking into answers",
        IncidentKind.IntentAbandonment => $"users quietly abandon intent '{Segment}'",
        _ => Kind.ToString(),
    };
}
