using Telltale.Cli.Bench;
using Telltale.Simulation.Scenarios;

namespace Telltale.Simulation.Tests;

/// <summary>The whole detection bench, short: the simulator's traffic through a real server (port 0, a real DuckDB
/// file), the server's alert evaluator on the simulated clock, alerts read back from the API and scored.</summary>
public class ShortScenarioEndToEndTests
{
    [Fact]
    public async Task A_deployment_error_burst_is_detected_by_the_default_error_rate_rule_within_minutes()
    {
        var scenario = ScenarioCatalog.Short(DateTimeOffset.UtcNow);
        var log = new StringWriter();

        var report = await DetectionBench.RunAsync(
            new DetectionBench.Options(scenario, Seed: 11, FastCadence: TimeSpan.FromMinutes(1), SlowCadence: TimeSpan.FromMinutes(30), log),
            CancellationToken.None);

        var burst = Assert.Single(report.Incidents);
        Assert.True(burst.Detected, log.ToString());
        Assert.Contains("error rate", burst.First!.RuleName);
        Assert.InRange(burst.Delay!.Value, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(8));
        Assert.Empty(report.FalseAlerts);
    }
}
