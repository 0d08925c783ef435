namespace Telltale.Core.Alerting;

/// <summary>What a rule does when its metric has no data (or too few samples) in the window.</summary>
public enum NoDataPolicy
{
    /// <summary>Stay idle and never fire: the default, so a rule on a metric that does not exist yet stays quiet.</summary>
    Idle,

    /// <summary>Keep whatever state the rule was in (a firing alert keeps firing through a gap).</summary>
    KeepState,

    /// <summary>Resolve a firing alert: no data means the problem is gone.</summary>
    Resolve,

    /// <summary>Fire: silence itself is the problem (an app that stopped sending).</summary>
    Alert,
}
