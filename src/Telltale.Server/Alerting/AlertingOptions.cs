namespace Telltale.Server.Alerting;

/// <summary>Bound from Telltale:Alerting.</summary>
public sealed class AlertingOptions
{
    /// <summary>How often every rule is evaluated.</summary>
    public int IntervalSeconds { get; set; } = 60;

    /// <summary>Windows end this long before now, so late spans (exporters batch for seconds) are counted.</summary>
    public int EvaluationDelaySeconds { get; set; } = 60;

    /// <summary>Retries after a failed notification delivery, with exponential backoff from the delay below.</summary>
    public int NotificationRetries { get; set; } = 3;
    public int NotificationRetryDelayMs { get; set; } = 2000;

    /// <summary>How people reach this Telltale, for links in notifications.</summary>
    public string PublicUrl { get; set; } = "http://localhost:4318";

    /// <summary>A YAML file of alert rules loaded (created or replaced by id) at every start.</summary>
    public string? RulesFile { get; set; }

    /// <summary>Create the default rule pack for each AI system on first sight.</summary>
    public bool DefaultRules { get; set; } = true;
}
