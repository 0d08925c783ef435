using Telltale.Core.Alerting;
using Telltale.Core.Querying;

namespace Telltale.Core.Tests.Alerting;

public class RuleMetricsTests
{
    private static readonly MetricValues Values = new()
    {
        Count = 200, Errors = 12, ErrorRate = 0.06, LatencyP95Ms = 2400, CostUsd = 1.25m, CostPerTraceUsd = 0.0125m, RateLimitedShare = 0.01,
    };

    [Fact]
    public void Rules_read_operational_and_cost_metrics_by_name_with_their_sample_count()
    {
        Assert.Equal(new Observation(0.06, 200), RuleMetrics.Read("errorRate", Values));
        Assert.Equal(new Observation(2400, 200), RuleMetrics.Read("latencyP95Ms", Values));
        Assert.Equal(new Observation(1.25, 200), RuleMetrics.Read("costUsd", Values));
        Assert.Equal(new Observation(0.0125, 200), RuleMetrics.Read("COSTPERTRACEUSD", Values));
    }

    [Fact]
    public void Rates_over_no_calls_are_missing_rather_than_zero() =>
        Assert.Null(RuleMetrics.Read("errorRate", new MetricValues()).Value);

    [Fact]
    public void An_unknown_metric_is_refused_with_the_known_names()
    {
        var error = Assert.Throws<ArgumentException>(() => RuleMetrics.Read("vibes", Values));
        Assert.Contains("errorRate", error.Message);
    }
}
