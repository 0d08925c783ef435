using Telltale.Simulation.Benchmark;
using Telltale.Simulation.Scenarios;
using Telltale.Simulation.Traffic;

namespace Telltale.Simulation.Tests;

/// <summary>How alerts are attributed to incidents, and what counts as a false alert.</summary>
public class DetectionScorerTests
{
    private static readonly DateTimeOffset Phase = SimulatedTraffic.Monday;

    private static readonly Scenario Scenario = new("score", Phase.AddDays(-1), Phase, Phase.AddDays(2), new Dictionary<string, double>(),
    [
        new Incident(IncidentKind.DeploymentErrorBurst, "ops-agent", Phase.AddHours(14), Phase.AddHours(15)),
        new Incident(IncidentKind.PiiLeak, "doc-summarizer", Phase.AddHours(10), Phase.AddHours(12)),
    ], TrafficShape.Flat);

    private static ObservedAlert Alert(string metric, string system, DateTimeOffset at) => new($"{system}: {metric}", metric, system, at, null, "");

    [Fact]
    public void An_alert_on_a_moved_metric_of_the_same_system_during_the_incident_detects_it_with_its_delay()
    {
        var report = DetectionScorer.Score(Scenario, [Alert("errorRate", "ops-agent", Phase.AddHours(14).AddMinutes(6))]);

        var burst = report.Incidents.Single(i => i.Incident.Kind == IncidentKind.DeploymentErrorBurst);
        Assert.True(burst.Detected);
        Assert.Equal(TimeSpan.FromMinutes(6), burst.Delay);
        Assert.Empty(report.FalseAlerts);
        Assert.False(report.Incidents.Single(i => i.Incident.Kind == IncidentKind.PiiLeak).Detected);
    }

    [Theory]
    [InlineData("errorRate", "support-assistant", 14.1)] // another system
    [InlineData("latencyP95Ms", "ops-agent", 14.1)]      // a metric the incident does not move
    [InlineData("errorRate", "ops-agent", 13.9)]         // before the onset
    [InlineData("errorRate", "ops-agent", 16.5)]         // long after the end
    public void Other_alerts_in_the_incident_phase_are_false_alerts(string metric, string system, double hour)
    {
        var report = DetectionScorer.Score(Scenario, [Alert(metric, system, Phase.AddHours(hour))]);

        Assert.Single(report.FalseAlerts);
        Assert.Equal(0, report.Detected);
    }

    [Fact]
    public void Incidents_without_the_capability_say_so()
    {
        var report = DetectionScorer.Score(Scenario, []);
        Assert.Contains("PII", report.Incidents.Single(i => i.Incident.Kind == IncidentKind.PiiLeak).KnownGap);
        Assert.Null(report.Incidents.Single(i => i.Incident.Kind == IncidentKind.DeploymentErrorBurst).KnownGap);
    }
}
