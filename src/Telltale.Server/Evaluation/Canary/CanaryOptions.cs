namespace Telltale.Server.Evaluation.Canary;

/// <summary>Bound from Telltale:Canary: how often the scheduler looks for canaries that are due.</summary>
public sealed class CanaryOptions
{
    public bool Enabled { get; set; } = true;
    public int IntervalSeconds { get; set; } = 30;
}
