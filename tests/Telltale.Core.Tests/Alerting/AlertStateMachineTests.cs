using Telltale.Core.Alerting;

namespace Telltale.Core.Tests.Alerting;

public class AlertStateMachineTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static AlertRule Rule(TimeSpan forDuration = default, NoDataPolicy noData = NoDataPolicy.Idle) => new()
    {
        Id = "r", Name = "error rate", Metric = "errorRate", Window = TimeSpan.FromMinutes(5), For = forDuration, NoData = noData,
        Condition = new StaticThreshold { Direction = Direction.Up, Threshold = 0.05, Recovery = 0.04 },
    };

    /// <summary>Feeds values one minute apart and returns the transitions.</summary>
    private static List<AlertTransition> Run(AlertRule rule, params double?[] values)
    {
        var state = AlertState.Initial(T0);
        var transitions = new List<AlertTransition>();
        for (var i = 0; i < values.Length; i++)
        {
            var outcome = ConditionEvaluator.Evaluate(rule, new Observation(values[i], values[i] is null ? 0 : 100), []);
            (state, var transition) = AlertStateMachine.Next(rule, state, outcome, T0.AddMinutes(i));
            transitions.Add(transition);
        }
        return transitions;
    }

    [Fact]
    public void Fires_at_once_without_a_for_duration_and_resolves_past_recovery()
    {
        Assert.Equal(
            [AlertTransition.None, AlertTransition.Fired, AlertTransition.None, AlertTransition.Resolved],
            Run(Rule(), 0.01, 0.08, 0.09, 0.02));
    }

    [Fact]
    public void Pending_until_the_for_duration_has_passed()
    {
        Assert.Equal(
            [AlertTransition.BecamePending, AlertTransition.None, AlertTransition.Fired],
            Run(Rule(TimeSpan.FromMinutes(2)), 0.08, 0.08, 0.08));
    }

    [Fact]
    public void A_pending_alert_that_clears_never_fires()
    {
        Assert.Equal(
            [AlertTransition.BecamePending, AlertTransition.PendingCleared, AlertTransition.None],
            Run(Rule(TimeSpan.FromMinutes(2)), 0.08, 0.01, 0.01));
    }

    [Fact]
    public void A_value_hovering_around_the_threshold_fires_once_and_does_not_flap()
    {
        var transitions = Run(Rule(), 0.051, 0.049, 0.052, 0.048, 0.051, 0.049, 0.035);

        Assert.Equal(1, transitions.Count(t => t == AlertTransition.Fired));
        Assert.Equal(1, transitions.Count(t => t == AlertTransition.Resolved));
        Assert.Equal(AlertTransition.Resolved, transitions[^1]);
    }

    [Fact]
    public void No_data_stays_idle_by_default_but_keeps_a_firing_alert()
    {
        Assert.Equal([AlertTransition.None, AlertTransition.None], Run(Rule(), null, null));
        Assert.Equal([AlertTransition.Fired, AlertTransition.None, AlertTransition.Resolved], Run(Rule(), 0.08, null, 0.01));
    }

    [Fact]
    public void No_data_policies_resolve_or_alert_when_asked()
    {
        Assert.Equal([AlertTransition.Fired, AlertTransition.Resolved], Run(Rule(noData: NoDataPolicy.Resolve), 0.08, null));
        Assert.Equal([AlertTransition.None, AlertTransition.Fired], Run(Rule(noData: NoDataPolicy.Alert), 0.01, null));
        Assert.Equal([AlertTransition.BecamePending, AlertTransition.None, AlertTransition.Fired],
            Run(Rule(TimeSpan.FromMinutes(1), NoDataPolicy.KeepState), 0.08, null, 0.08));
    }

    [Fact]
    public void The_state_remembers_since_when_and_the_values()
    {
        var rule = Rule();
        var (state, _) = AlertStateMachine.Next(rule, AlertState.Initial(T0),
            ConditionEvaluator.Evaluate(rule, new Observation(0.2, 100), [0.01, 0.02]), T0.AddMinutes(3));

        Assert.Equal(AlertStatus.Firing, state.Status);
        Assert.Equal(T0.AddMinutes(3), state.Since);
        Assert.Equal(0.2, state.LastValue);
        Assert.Equal(0.015, state.NormalValue!.Value, 9);
    }
}
