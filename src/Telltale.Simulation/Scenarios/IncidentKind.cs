namespace Telltale.Simulation.Scenarios;

/// <summary>The scripted failures the simulated fleet can suffer; each one is something the seeds say an AI system
/// does in production while its uptime stays perfect.</summary>
public enum IncidentKind
{
    /// <summary>The vendor silently swaps the model version behind an alias: answers ~30 % longer, more hedging,
    /// fewer thumbs up.</summary>
    VendorModelUpdate,

    /// <summary>The retriever serves outdated documents with lower relevance scores.</summary>
    StaleRetrieval,

    /// <summary>A new prompt version adds instructions and tool definitions: cost per task +40 %.</summary>
    PromptBloat,

    /// <summary>One model answers slowly: median ×3 with a heavier tail, so its p95 is at least ×3.</summary>
    LatencyDegradation,

    /// <summary>The provider's rate limiter refuses a share of calls with HTTP 429.</summary>
    RateLimitBurst,

    /// <summary>A deployment ships a request the provider rejects: a burst of errors until the hotfix.</summary>
    DeploymentErrorBurst,

    /// <summary>A few users send prompt-injection and jailbreak attempts; some answers comply.</summary>
    PromptInjectionWave,

    /// <summary>Customers' e-mail addresses and phone numbers appear in generated answers.</summary>
    PiiLeak,

    /// <summary>Users of one intent leave conversations without resolution, quietly (no thumbs down, just gone).</summary>
    IntentAbandonment,
}
