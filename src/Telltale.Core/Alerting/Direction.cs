namespace Telltale.Core.Alerting;

/// <summary>Which way of moving is bad: a rise (errors, latency, cost) or a fall (thumbs-up rate, canary score).</summary>
public enum Direction
{
    Up,
    Down,
}
