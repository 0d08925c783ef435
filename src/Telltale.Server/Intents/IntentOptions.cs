namespace Telltale.Server.Intents;

/// <summary>Bound from Telltale:Intents: the intent tagger's schedule.</summary>
public sealed class IntentOptions
{
    public bool Enabled { get; set; } = true;
    public int IntervalSeconds { get; set; } = 30;

    /// <summary>Traces are tagged once they are this old, so all their spans have arrived.</summary>
    public int LagSeconds { get; set; } = 60;
    public int BatchSize { get; set; } = 2000;

    /// <summary>Batches one run may take before it yields to the next interval (catching up on history: a batch
    /// covers at most six hours).</summary>
    public int MaxBatchesPerRun { get; set; } = 200;

    /// <summary>How far back traces are (re)tagged when a project's intents are configured or changed, so the
    /// breakdowns of the dashboard's longest range follow the new intents.</summary>
    public int RetagDays { get; set; } = 30;

    /// <summary>How far back the opening trace of a conversation is looked for.</summary>
    public int SessionLookbackHours { get; set; } = 24;
}
