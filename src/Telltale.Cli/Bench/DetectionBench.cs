using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Telltale.Core.Alerting;
using Telltale.Server;
using Telltale.Server.Alerting;
using Telltale.Cli.Demo;
using Telltale.Simulation.Benchmark;
using Telltale.Simulation.Canary;
using Telltale.Simulation.Emission;
using Telltale.Simulation.Running;
using Telltale.Simulation.Scenarios;

namespace Telltale.Cli.Bench;

/// <summary>
/// <c>telltale bench detect</c>: a fresh in-process server on a temporary DuckDB file, the scenario's whole timeline
/// (history and incident phase, all in the past) sent through its OTLP and feedback endpoints, then the server's own
/// alert evaluator stepped through the incident phase on a simulated clock, and the alerts it raised — read back
/// from <c>GET /api/v1/alerts</c> — scored against the script.
/// </summary>
/// <remarks>
/// The clock is simulated because the default rules have windows of five minutes to seven days: played in real time
/// a week-over-week rule would need days. The evaluation loop runs every minute in production; here rules with
/// windows up to 15 minutes are evaluated every <see cref="Options.FastCadence"/> and slower ones every
/// <see cref="Options.SlowCadence"/> (their values barely move in between), which is what keeps a run to minutes.
/// Delays are therefore accurate to about one cadence.
/// </remarks>
public static class DetectionBench
{
    public const string BenchKey = "tt_bench_detect_admin_key_0001";

    public sealed record Options(Scenario Scenario, int Seed, TimeSpan FastCadence, TimeSpan SlowCadence, TextWriter Log)
    {
        public string? KeepDataDir { get; init; }
    }

    public static async Task<DetectionScorer.Report> RunAsync(Options options, CancellationToken ct)
    {
        var log = options.Log;
        var scenario = options.Scenario;
        var dataDir = options.KeepDataDir ?? Directory.CreateTempSubdirectory("telltale-bench-detect-").FullName;
        var settings = new Dictionary<string, string?>
        {
            ["Telltale:Http:Port"] = "0",
            ["Telltale:Grpc:Port"] = "-1",
            ["Telltale:Storage:DataDir"] = dataDir,
            ["Telltale:Bootstrap:ApiKey"] = BenchKey,
            // The bench drives evaluation itself on the simulated clock: the real-time loop runs once at start-up
            // (nothing to evaluate yet) and then not for 30 days; windows end at "now" with no delay.
            ["Telltale:Alerting:IntervalSeconds"] = "2592000",
            ["Telltale:Alerting:EvaluationDelaySeconds"] = "0",
            // Online evaluators only write scores, which no default rule watches; off, they would only slow the run.
            ["Telltale:Evaluation:Enabled"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        try
        {
            await using var server = TelltaleServer.Create([], settings);
            await server.StartAsync(ct);
            using var client = new TelltaleClient(server.HttpAddress, BenchKey);

            var clock = Stopwatch.StartNew();
            var timeline = new EventTimeline(scenario, options.Seed);
            var lastDay = -1;
            // Spans only from 8 days before the phase: the longest span baseline is 7 days (latency, daily cost).
            var backfill = new Backfill(client, options.Seed) { SendTracesFrom = scenario.PhaseStart.AddDays(-8) };
            var totals = await backfill.RunAsync(timeline, scenario.End.AddMinutes(15), (at, t) =>
            {
                var day = (int)(at - scenario.Start).TotalDays;
                if (day == lastDay || day % 3 != 0 || at >= scenario.End) return;
                lastDay = day;
                log.WriteLine($"  sent day {day + 1} of {(scenario.End - scenario.Start).TotalDays:0}: {t.Spans:N0} spans, {t.Feedback:N0} feedback " +
                              $"(generating {t.Generating.TotalSeconds:0} s, traces {t.SendingTraces.TotalSeconds:0} s, feedback {t.SendingFeedback.TotalSeconds:0} s)");
            }, ct);
            log.WriteLine($"  sent {totals.Traces:N0} traces ({totals.Spans:N0} spans), {totals.Feedback:N0} feedback, {totals.Changes:N0} changes in {clock.Elapsed.TotalSeconds:0} s " +
                          $"(generating {totals.Generating.TotalSeconds:0} s, sending traces {totals.SendingTraces.TotalSeconds:0} s, feedback {totals.SendingFeedback.TotalSeconds:0} s)");

            // The support assistant's canary calls the simulated model, which behaves as of the simulated clock.
            await using var model = await SimulatedModelServer.StartAsync(new SimulatedSupportModel(scenario), ct);
            await DemoCanary.DefineAsync(client, model.Endpoint, ct);

            clock.Restart();
            var evaluations = await EvaluateAsync(server, scenario, options, model.Model, ct);
            log.WriteLine($"  {evaluations:N0} rule evaluations over the incident phase in {clock.Elapsed.TotalSeconds:0} s");

            using var alerts = await client.GetJsonAsync("api/v1/alerts?limit=1000", ct);
            var report = DetectionScorer.Score(scenario, ObservedAlert.FromApi(alerts.RootElement));
            // Stopped before disposal, so background loops end on their stopping token instead of failing.
            await server.StopAsync(ct);
            return report;
        }
        finally
        {
            if (options.KeepDataDir is null)
                try { Directory.Delete(dataDir, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task<long> EvaluateAsync(TelltaleServer server, Scenario scenario, Options options, SimulatedSupportModel model, CancellationToken ct)
    {
        var projectId = server.Bootstrap!.DefaultProject.Id;
        await server.Services.GetRequiredService<DefaultRuleSeeder>().SeedAsync(projectId, ct);
        var rules = await server.Services.GetRequiredService<IAlertStore>().ListRulesAsync(projectId, ct);
        var evaluator = server.Services.GetRequiredService<AlertEvaluator>();
        // A canary rule reads the newest run, which changes the moment a run ends: evaluated at every step.
        var fast = rules.Where(r => r.Enabled && (r.Window <= TimeSpan.FromMinutes(15) || CanaryRuleMetrics.Handles(r.Metric))).ToList();
        var slow = rules.Where(r => r.Enabled && !fast.Contains(r)).ToList();
        var canary = new SimulatedCanary(server, projectId, model);
        await canary.RunBaselineAsync(scenario.PhaseStart, ct);

        long evaluations = 0;
        var nextSlow = scenario.PhaseStart;
        var lastDay = -1;
        for (var now = scenario.PhaseStart; now <= scenario.End; now += options.FastCadence)
        {
            await canary.RunIfDueAsync(now, ct);
            var due = now >= nextSlow ? fast.Concat(slow) : fast;
            if (now >= nextSlow) nextSlow = now + options.SlowCadence;
            foreach (var rule in due)
            {
                await evaluator.EvaluateRuleAsync(projectId, rule, now, ct);
                evaluations++;
            }
            var day = (int)(now - scenario.PhaseStart).TotalDays;
            if (day != lastDay && now < scenario.End)
            {
                lastDay = day;
                options.Log.WriteLine($"  evaluating simulated day {day + 1} of {Math.Ceiling((scenario.End - scenario.PhaseStart).TotalDays)}");
            }
        }
        options.Log.WriteLine($"  {canary.Runs} canary runs of '{DemoCanary.Name}' against the simulated model");
        return evaluations;
    }
}
