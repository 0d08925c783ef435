namespace Telltale.Server.Alerting;

/// <summary>Bound from Telltale:Alerting.</summary>
public sealed class AlertingOptions
{
    /// <summary>How often every rule is evaluated.</summary>
    public int IntervalSeconds { get; set; } = 60;

    /// <summary>Windows end this long before now, so late spans (exporters batch for seconds) are counted.</summary>
    public int EvaluationDelaySeconds { get; set; } = 60;

    /// <summary>Create the default rule pack for each AI system on first sight.</summary>
    public bool DefaultRules { get; set; } = true;
}
