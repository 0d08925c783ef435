namespace Telltale.Core.Alerting;

/// <summary>
/// Moves one alert through idle → ok → pending → firing → ok, as Prometheus does: firing needs the condition to hold
/// for the rule's <c>For</c> duration; resolving needs the value past the recovery threshold (hysteresis), so a value
/// hovering at the trigger neither flaps nor re-notifies.
/// </summary>
public static class AlertStateMachine
{
    public static (AlertState State, AlertTransition Transition) Next(AlertRule rule, AlertState state, ConditionOutcome outcome, DateTimeOffset now)
    {
        if (outcome.Verdict == Verdict.NoData && rule.NoData == NoDataPolicy.KeepState)
            return (state with { Explanation = outcome.Explanation }, AlertTransition.None);
        var verdict = outcome.Verdict == Verdict.NoData ? NoDataVerdict(rule.NoData, state) : outcome.Verdict;
        var (status, transition) = (state.Status, verdict) switch
        {
            (AlertStatus.Firing, Verdict.Recovered) => (AlertStatus.Ok, AlertTransition.Resolved),
            (AlertStatus.Firing, _) => (AlertStatus.Firing, AlertTransition.None),

            (AlertStatus.Pending, Verdict.Breached) when now - state.Since >= rule.For => (AlertStatus.Firing, AlertTransition.Fired),
            (AlertStatus.Pending, Verdict.Breached) => (AlertStatus.Pending, AlertTransition.None),
            (AlertStatus.Pending, Verdict.NoData) => (AlertStatus.Idle, AlertTransition.PendingCleared),
            (AlertStatus.Pending, _) => (AlertStatus.Ok, AlertTransition.PendingCleared),

            (_, Verdict.Breached) when rule.For <= TimeSpan.Zero => (AlertStatus.Firing, AlertTransition.Fired),
            (_, Verdict.Breached) => (AlertStatus.Pending, AlertTransition.BecamePending),
            (_, Verdict.NoData) => (AlertStatus.Idle, AlertTransition.None),
            _ => (AlertStatus.Ok, AlertTransition.None),
        };

        var since = status == state.Status ? state.Since : now;
        return (new AlertState(status, since)
        {
            LastValue = outcome.Value ?? state.LastValue,
            NormalValue = outcome.NormalValue ?? state.NormalValue,
            Explanation = outcome.Explanation,
        }, transition);
    }

    /// <summary>What "no data" means for this rule, as a verdict; <see cref="Verdict.NoData"/> means stand still or go idle.</summary>
    private static Verdict NoDataVerdict(NoDataPolicy policy, AlertState state) => policy switch
    {
        NoDataPolicy.Alert => Verdict.Breached,
        NoDataPolicy.Resolve => state.Status == AlertStatus.Firing ? Verdict.Recovered : Verdict.NoData,
        _ => Verdict.NoData,
    };
}
