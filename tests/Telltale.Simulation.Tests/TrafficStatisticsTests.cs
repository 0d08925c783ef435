using Telltale.Simulation.Randomness;
using Telltale.Simulation.Scenarios;
using Telltale.Simulation.Systems;
using Telltale.Simulation.Traffic;

namespace Telltale.Simulation.Tests;

/// <summary>The simulator's normal day: arrival rates, failure rates, latency and token distributions, determinism.</summary>
public class TrafficStatisticsTests
{
    [Fact]
    public void Same_seed_gives_the_same_traffic_and_another_seed_different_traffic()
    {
        var scenario = SimulatedTraffic.WithIncident(SupportAssistant.SystemName, IncidentKind.StaleRetrieval, 3, TimeSpan.FromMinutes(30));
        string Fingerprint(int seed) => string.Join(",", SimulatedTraffic.Run(scenario, seed).Traces()
            .Select(t => $"{t.TraceId}:{t.Root.SelfAndDescendants().Count()}:{t.Root.End.UtcTicks}"));

        Assert.Equal(Fingerprint(1), Fingerprint(1));
        Assert.NotEqual(Fingerprint(1), Fingerprint(2));
    }

    [Fact]
    public void Agent_runs_arrive_at_the_configured_rate()
    {
        var scenario = SimulatedTraffic.WithIncident(OpsAgent.SystemName, IncidentKind.PiiLeak, 5, TimeSpan.FromHours(6));
        var firstAttempts = SimulatedTraffic.Run(scenario).Traces().Count(t => t.Root.Long("telltale.attempt") == 1);

        var perMinute = firstAttempts / (6 * 60.0);
        Assert.InRange(perMinute, 4.75, 5.25); // Poisson, 1,800 expected: ±5 % is over 4 standard deviations
    }

    [Fact]
    public void Traffic_is_quietest_at_night_and_on_weekends()
    {
        var shape = TrafficShape.Business;
        var monday = SimulatedTraffic.Monday;
        Assert.Equal(0.45, shape.Factor(monday.AddHours(4)), 3);
        Assert.Equal(1.0, shape.Factor(monday.AddHours(16)), 3);
        Assert.Equal(0.7, shape.Factor(monday.AddDays(5).AddHours(16)), 3);
    }

    [Fact]
    public void On_a_normal_day_under_one_percent_of_model_calls_fail_and_a_few_are_rate_limited()
    {
        var scenario = SimulatedTraffic.WithIncident(SupportAssistant.SystemName, IncidentKind.PiiLeak, 4, TimeSpan.FromHours(8));
        var chats = SimulatedTraffic.Run(scenario).Chats().ToList();

        var failed = chats.Count(c => c.Failed()) / (double)chats.Count;
        var rateLimited = chats.Count(c => c.Long("http.response.status_code") == 429) / (double)chats.Count;
        Assert.True(chats.Count > 3000, $"{chats.Count} chat calls");
        Assert.InRange(failed, 0.003, 0.011);
        Assert.InRange(rateLimited, 0.0003, 0.004);
    }

    [Fact]
    public void Latency_is_log_normal_with_a_long_right_tail()
    {
        var scenario = SimulatedTraffic.WithIncident(DocSummarizer.SystemName, IncidentKind.PiiLeak, 4, TimeSpan.FromHours(8));
        var durations = SimulatedTraffic.Run(scenario).Chats("claude-sonnet-4").Where(c => !c.Failed())
            .Select(c => c.Duration.TotalMilliseconds).ToList();

        var p50 = SimulatedTraffic.Percentile(durations, 0.5);
        var p95 = SimulatedTraffic.Percentile(durations, 0.95);
        // ~700 ms to the first token plus ~160 tokens at 16 ms each.
        Assert.InRange(p50, 2500, 4500);
        Assert.InRange(p95 / p50, 1.4, 3.0);
        Assert.True(durations.Average() > p50, "right-skewed: the mean sits above the median");
    }

    [Fact]
    public void Token_counts_are_plausible_for_each_system()
    {
        var start = SimulatedTraffic.Monday.AddHours(10);
        var scenario = new Scenario("tokens", start, start, start.AddHours(2), ScenarioCatalog.Fleet(), [], TrafficShape.Flat);
        var events = SimulatedTraffic.Run(scenario);

        double MeanInput(string system) => events.Traces().Where(t => t.System == system)
            .SelectMany(t => t.Root.SelfAndDescendants()).Where(s => s.Get("gen_ai.operation.name") as string == "chat" && !s.Failed())
            .Average(s => s.Long("gen_ai.usage.input_tokens"));
        Assert.InRange(MeanInput(SupportAssistant.SystemName), 1300, 2200); // system prompt, four articles, the question
        Assert.InRange(MeanInput(OpsAgent.SystemName), 2000, 4000);         // prompt and tool schemas, growing history
        Assert.InRange(MeanInput(DocSummarizer.SystemName), 600, 2200);

        var outputs = events.Chats("gpt-4o").Where(c => !c.Failed() && c.Get("gen_ai.response.finish_reasons") is string[] r && r[0] == "stop").ToList();
        Assert.InRange(outputs.Average(s => s.Long("gen_ai.usage.output_tokens")), 120, 260);
    }

    [Fact]
    public void Content_is_varied_not_one_string_repeated()
    {
        var scenario = SimulatedTraffic.WithIncident(SupportAssistant.SystemName, IncidentKind.PiiLeak, 3, TimeSpan.FromHours(1));
        var answers = SimulatedTraffic.Run(scenario).Chats("gpt-4o").Select(c => c.Get("gen_ai.output.messages") as string).OfType<string>().ToList();

        Assert.True(answers.Count > 100);
        Assert.True(answers.Distinct().Count() > answers.Count * 0.95, "nearly every answer differs");
    }

    [Fact]
    public void Distributions_have_the_stated_median_and_mean()
    {
        var random = new SimRandom(3);
        var samples = Enumerable.Range(0, 20_000).Select(_ => random.LogNormal(400, 0.5)).ToList();
        Assert.InRange(SimulatedTraffic.Percentile(samples, 0.5), 385, 415);
        Assert.InRange(Enumerable.Range(0, 20_000).Average(_ => random.Poisson(3.5)), 3.4, 3.6);
        Assert.InRange(Enumerable.Range(0, 5_000).Average(_ => random.Poisson(80)), 79, 81);
    }
}
