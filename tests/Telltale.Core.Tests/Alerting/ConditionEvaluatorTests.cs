using Telltale.Core.Alerting;

namespace Telltale.Core.Tests.Alerting;

public class ConditionEvaluatorTests
{
    private static AlertRule Rule(AlertCondition condition, long minSamples = 0) => new()
    {
        Id = "r", Name = "r", Metric = "errorRate", Window = TimeSpan.FromMinutes(5), Condition = condition, MinSamples = minSamples,
    };

    private static readonly StaticThreshold ErrorRateAbove5Percent = new() { Direction = Direction.Up, Threshold = 0.05, Recovery = 0.04 };

    [Theory]
    [InlineData(0.10, Verdict.Breached)]
    [InlineData(0.05, Verdict.InBetween)]
    [InlineData(0.045, Verdict.InBetween)]
    [InlineData(0.04, Verdict.Recovered)]
    [InlineData(0.0, Verdict.Recovered)]
    public void Static_threshold_has_a_recovery_band(double value, Verdict expected) =>
        Assert.Equal(expected, ConditionEvaluator.Evaluate(Rule(ErrorRateAbove5Percent), new Observation(value, 100), []).Verdict);

    [Fact]
    public void Too_few_samples_is_no_data_not_an_alert()
    {
        var outcome = ConditionEvaluator.Evaluate(Rule(ErrorRateAbove5Percent, minSamples: 50), new Observation(2 / 3.0, 3), []);

        Assert.Equal(Verdict.NoData, outcome.Verdict);
        Assert.Contains("only 3 samples", outcome.Explanation);
    }

    [Fact]
    public void A_missing_value_is_no_data() =>
        Assert.Equal(Verdict.NoData, ConditionEvaluator.Evaluate(Rule(ErrorRateAbove5Percent), new Observation(null, 0), []).Verdict);

    [Fact]
    public void Downward_static_threshold_fires_on_a_fall()
    {
        var thumbsUpBelow70 = new StaticThreshold { Direction = Direction.Down, Threshold = 0.70, Recovery = 0.75 };

        Assert.Equal(Verdict.Breached, ConditionEvaluator.Evaluate(Rule(thumbsUpBelow70), new Observation(0.6, 100), []).Verdict);
        Assert.Equal(Verdict.InBetween, ConditionEvaluator.Evaluate(Rule(thumbsUpBelow70), new Observation(0.72, 100), []).Verdict);
        Assert.Equal(Verdict.Recovered, ConditionEvaluator.Evaluate(Rule(thumbsUpBelow70), new Observation(0.8, 100), []).Verdict);
    }

    [Fact]
    public void Daily_cost_25_percent_above_its_trailing_average_breaches_a_20_percent_rule()
    {
        var rule = Rule(new RelativeToBaseline { Direction = Direction.Up, Baseline = BaselineKind.TrailingAverage, ChangePercent = 20, Periods = 7 });
        double[] lastWeek = [100, 96, 104, 100, 98, 102, 100];

        var up25 = ConditionEvaluator.Evaluate(rule, new Observation(125, 1000), lastWeek);
        var up10 = ConditionEvaluator.Evaluate(rule, new Observation(110, 1000), lastWeek);

        Assert.Equal(Verdict.Breached, up25.Verdict);
        Assert.Equal(100, up25.NormalValue);
        Assert.Contains("25 %", up25.Explanation);
        Assert.Equal(Verdict.Recovered, up10.Verdict);
    }

    [Fact]
    public void Same_time_last_week_compares_with_the_single_value_given()
    {
        var rule = Rule(new RelativeToBaseline { Direction = Direction.Down, Baseline = BaselineKind.SameTimeLastWeek, ChangePercent = 10 });

        Assert.Equal(Verdict.Breached, ConditionEvaluator.Evaluate(rule, new Observation(0.72, 500), [0.85]).Verdict);
        Assert.Equal(Verdict.Recovered, ConditionEvaluator.Evaluate(rule, new Observation(0.84, 500), [0.85]).Verdict);
    }

    [Fact]
    public void A_relative_rule_without_a_baseline_stays_quiet() =>
        Assert.Equal(Verdict.NoData, ConditionEvaluator.Evaluate(
            Rule(new RelativeToBaseline { Direction = Direction.Up, Baseline = BaselineKind.TrailingAverage, ChangePercent = 20 }),
            new Observation(500, 10), []).Verdict);

    [Fact]
    public void Anomaly_flags_a_value_far_outside_its_seasonal_history_but_not_a_usual_one()
    {
        var rule = Rule(new AnomalyCondition { Direction = Direction.Up, Seasonality = Seasonality.Daily, ZThreshold = 4, RecoveryZ = 2 });
        // p95 latency at 14:00 on the previous 7 days; one day had an incident, which the median ignores.
        double[] history = [1200, 1250, 1180, 1300, 4000, 1220, 1270];

        var tripled = ConditionEvaluator.Evaluate(rule, new Observation(3600, 400), history);
        var usual = ConditionEvaluator.Evaluate(rule, new Observation(1290, 400), history);

        Assert.Equal(Verdict.Breached, tripled.Verdict);
        Assert.Equal(1250, tripled.NormalValue);
        Assert.Equal(Verdict.Recovered, usual.Verdict);
    }

    [Fact]
    public void Anomaly_needs_enough_seasons_of_history() =>
        Assert.Equal(Verdict.NoData, ConditionEvaluator.Evaluate(
            Rule(new AnomalyCondition { Direction = Direction.Up, Seasonality = Seasonality.Weekly, MinSeasons = 3 }),
            new Observation(10_000, 100), [100, 110]).Verdict);
}
