namespace Telltale.Core.Alerting;

public enum AlertStatus
{
    /// <summary>Nothing to judge yet (no data, or too little).</summary>
    Idle,
    Ok,

    /// <summary>The condition holds but not yet for the rule's <c>For</c> duration.</summary>
    Pending,
    Firing,
}

public enum AlertTransition
{
    None,
    BecamePending,
    Fired,
    Resolved,

    /// <summary>A pending alert whose condition cleared before it fired: nobody is told.</summary>
    PendingCleared,
}

/// <summary>The persisted state of one rule for one group.</summary>
/// <param name="Since">When the current status began.</param>
public sealed record AlertState(AlertStatus Status, DateTimeOffset Since)
{
    public double? LastValue { get; init; }
    public double? NormalValue { get; init; }
    public string? Explanation { get; init; }

    public static AlertState Initial(DateTimeOffset now) => new(AlertStatus.Idle, now);
}
