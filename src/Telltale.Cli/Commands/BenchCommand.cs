using System.CommandLine;
using System.Diagnostics;
using Telltale.Cli.Bench;
using Telltale.Simulation.Benchmark;
using Telltale.Simulation.Scenarios;

namespace Telltale.Cli.Commands;

/// <summary><c>telltale bench detect</c>: the honest scoreboard of which scripted incidents Telltale catches.</summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var seed = new Option<int>("--seed") { Description = "Simulator seed (default 42).", DefaultValueFactory = _ => 42 };
        var cadence = new Option<int>("--cadence-minutes")
        {
            Description = "Simulated minutes between evaluations of rules with windows up to 15 minutes (default 15).",
            DefaultValueFactory = _ => 15,
        };
        var slowCadence = new Option<int>("--slow-cadence-minutes")
        {
            Description = "Simulated minutes between evaluations of rules with day or week windows (default 120).",
            DefaultValueFactory = _ => 120,
        };
        var keepData = new Option<string?>("--keep-data") { Description = "Folder for the benchmark's database, kept afterwards (default: a temporary folder, deleted)." };
        var detect = new Command("detect", "Replay the incident scenarios against a fresh in-process server and score the alerts: detected, delay from onset, false alerts.")
        {
            seed, cadence, slowCadence, keepData,
        };
        detect.SetAction(async (parse, ct) =>
        {
            var clock = Stopwatch.StartNew();
            var scenario = ScenarioCatalog.Bench(DateTimeOffset.UtcNow);
            Console.WriteLine($"bench detect: 14 days of history and a 4-day incident phase, {scenario.Incidents.Count} incidents, seed {parse.GetValue(seed)}");
            var report = await DetectionBench.RunAsync(new DetectionBench.Options(scenario, parse.GetValue(seed),
                TimeSpan.FromMinutes(Math.Max(1, parse.GetValue(cadence))), TimeSpan.FromMinutes(Math.Max(1, parse.GetValue(slowCadence))), Console.Out)
            {
                KeepDataDir = parse.GetValue(keepData),
            }, ct);
            Scoreboard.Print(report, Console.Out);
            Console.WriteLine($"(run took {clock.Elapsed.TotalMinutes:0.0} min)");
            return 0;
        });
        return new Command("bench", "Benchmarks of Telltale itself.") { detect };
    }
}
