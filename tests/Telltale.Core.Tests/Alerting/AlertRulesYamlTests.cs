using Telltale.Core.Alerting;

namespace Telltale.Core.Tests.Alerting;

public class AlertRulesYamlTests
{
    [Fact]
    public void A_rules_file_reads_every_condition_type_with_durations_and_runbooks()
    {
        var file = AlertRulesYaml.Parse("""
            project: default
            rules:
              - id: errors
                name: Error rate above 5 %
                metric: errorRate
                filters: { system: [support-bot] }
                window: 5m
                minSamples: 50
                for: 2m
                severity: critical
                condition: { type: static, direction: up, threshold: 0.05, recovery: 0.04 }
                runbookMarkdown: |
                  1. Check the provider status page.
              - id: cost
                name: Daily cost
                metric: costUsd
                window: 1d
                condition: { type: relative, direction: up, baseline: trailingAverage, changePercent: 20, periods: 7 }
              - id: latency
                name: Latency anomaly
                metric: latencyP95Ms
                groupBy: [model]
                window: 1h
                noData: keepState
                condition: { type: anomaly, direction: up, seasonality: weekly, zThreshold: 5 }
            """);

        Assert.Equal("default", file.Project);
        Assert.Equal(["errors", "cost", "latency"], file.Rules.Select(r => r.Id));
        var errors = file.Rules[0];
        Assert.Equal(TimeSpan.FromMinutes(5), errors.Window);
        Assert.Equal(TimeSpan.FromMinutes(2), errors.For);
        Assert.Equal(AlertSeverity.Critical, errors.Severity);
        Assert.Equal(["support-bot"], errors.Filters["system"]);
        Assert.Equal(new StaticThreshold { Direction = Direction.Up, Threshold = 0.05, Recovery = 0.04 }, errors.Condition);
        Assert.StartsWith("1. Check the provider", errors.RunbookMarkdown);
        Assert.Equal(7, ((RelativeToBaseline)file.Rules[1].Condition).Periods);
        Assert.Equal(Seasonality.Weekly, ((AnomalyCondition)file.Rules[2].Condition).Seasonality);
        Assert.Equal(NoDataPolicy.KeepState, file.Rules[2].NoData);
    }

    [Fact]
    public void Every_problem_is_reported_with_the_rule_it_concerns()
    {
        var error = Assert.Throws<FormatException>(() => AlertRulesYaml.Parse("""
            rules:
              - { id: a, name: A, metric: vibes, window: 5m, condition: { type: static, direction: up, threshold: 1 } }
              - { id: b, name: B, metric: errorRate, window: soon, condition: { type: static, direction: up, threshold: 1 } }
              - { id: a, name: C, metric: errorRate, window: 5m, condition: { type: static, direction: up, threshold: 1 } }
            """));

        Assert.Contains("rule 1 ('a'): 'metric' 'vibes' is unknown", error.Message);
        Assert.Contains("rule 2", error.Message);
        Assert.Contains("duration", error.Message);
    }

    [Fact]
    public void Broken_yaml_names_the_line() =>
        Assert.Contains("line", Assert.Throws<FormatException>(() => AlertRulesYaml.Parse("rules:\n  - id: [unclosed\n")).Message);
}
