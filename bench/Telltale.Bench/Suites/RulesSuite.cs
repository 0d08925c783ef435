using System.Diagnostics;
using Microsoft.Extensions.Options;
using Telltale.Bench.Cli;
using Telltale.Bench.Measurement;
using Telltale.Bench.Generation;
using Telltale.Bench.Reporting;
using Telltale.Bench.Suites.Query;
using Telltale.Core.Alerting;
using Telltale.Server.Alerting;
using Telltale.Storage.DuckDb;

namespace Telltale.Bench.Suites;

/// <summary>
/// Alert rule evaluation over the large store of the query suite: one evaluation round of N rules (default 1,000)
/// of four kinds — static error rate, static p95 latency by model, daily cost against a trailing 7-day average, and
/// a daily-seasonal latency anomaly — timed per kind.
/// </summary>
public static class RulesSuite
{
    public static async Task RunAsync(BenchArgs args)
    {
        var ruleCount = args.Int("rules", 1000);
        var settings = QuerySettings.From(args);
        var (database, spans, now) = QueryStoreBuilder.Open(settings);
        using var _ = database;

        var reader = new DuckDbTelemetryReader(database);
        var options = Options.Create(new AlertingOptions { EvaluationDelaySeconds = 0 });
        var observations = new RuleObservations(reader, new DuckDbFeedbackStore(database), new DuckDbScoreStore(database), new DuckDbCanaryStore(database));
        var evaluator = new AlertEvaluator(new DuckDbAlertStore(database), observations, new DuckDbChangeStore(database),
            new RuleHistory(reader, observations), new AlertContextBuilder(reader), options, new FixedTime(now),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<AlertEvaluator>.Instance);

        var rules = Rules(ruleCount);
        var perKind = new Dictionary<string, (int Rules, TimeSpan Time, int Fired)>();
        var total = Stopwatch.StartNew();
        foreach (var (kind, rule) in rules)
        {
            var started = Stopwatch.GetTimestamp();
            var fired = await evaluator.EvaluateRuleAsync(QueryStoreBuilder.ProjectId, rule, now, default);
            var elapsed = Stopwatch.GetElapsedTime(started);
            perKind[kind] = perKind.TryGetValue(kind, out var k) ? (k.Rules + 1, k.Time + elapsed, k.Fired + fired.Count) : (1, elapsed, fired.Count);
        }
        total.Stop();

        var table = new FiguresTable($"RULES — one evaluation round of {Format.Count(rules.Count)} rules over {Format.Count(spans)} spans",
            "rule kind", "rules", "total", "per rule", "alerts fired");
        foreach (var (kind, (count, time, fired)) in perKind)
            table.Row(kind, Format.Count(count), Format.Ms(time.TotalMilliseconds), Format.Ms(time.TotalMilliseconds / count), Format.Count(fired));
        table.Row("all", Format.Count(rules.Count), Format.Ms(total.Elapsed.TotalMilliseconds), Format.Ms(total.Elapsed.TotalMilliseconds / rules.Count), "");
        table.Print();
    }

    private static List<(string Kind, AlertRule Rule)> Rules(int count)
    {
        var systems = WorkloadCatalog.Services.Select(s => s.Name).ToArray();
        var models = WorkloadCatalog.ChatModels.Select(m => m.Answered).ToArray();
        var rules = new List<(string, AlertRule)>(count);
        for (var i = 0; i < count; i++)
        {
            var system = systems[i % systems.Length];
            var filters = new Dictionary<string, IReadOnlyList<string>> { ["system"] = [system] };
            (string Kind, AlertRule Rule) rule = (i % 10) switch
            {
                < 4 => ("static error rate, 5 m", new AlertRule
                {
                    Id = $"bench-{i}", Name = $"errors {i}", Metric = "errorRate", Window = TimeSpan.FromMinutes(5), MinSamples = 10,
                    Filters = new Dictionary<string, IReadOnlyList<string>> { ["system"] = [system], ["model"] = [models[i % models.Length]] },
                    Condition = new StaticThreshold { Direction = Direction.Up, Threshold = 0.05 + i % 7 * 0.01 },
                }),
                < 7 => ("static p95 by model, 15 m", new AlertRule
                {
                    Id = $"bench-{i}", Name = $"p95 {i}", Metric = "latencyP95Ms", Window = TimeSpan.FromMinutes(15), Filters = filters, GroupBy = ["model"],
                    Condition = new StaticThreshold { Direction = Direction.Up, Threshold = 5000 + i },
                }),
                < 9 => ("daily cost vs 7-day avg", new AlertRule
                {
                    Id = $"bench-{i}", Name = $"cost {i}", Metric = "costUsd", Window = TimeSpan.FromDays(1), Filters = filters,
                    Condition = new RelativeToBaseline { Direction = Direction.Up, Baseline = BaselineKind.TrailingAverage, ChangePercent = 20 + i % 5, Periods = 7 },
                }),
                _ => ("daily-seasonal p95 anomaly, 1 h", new AlertRule
                {
                    Id = $"bench-{i}", Name = $"anomaly {i}", Metric = "latencyP95Ms", Window = TimeSpan.FromHours(1), Filters = filters,
                    Condition = new AnomalyCondition { Direction = Direction.Up, Seasonality = Seasonality.Daily },
                }),
            };
            rules.Add(rule);
        }
        return rules;
    }
}
