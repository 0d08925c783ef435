using System.Text.RegularExpressions;
using Telltale.Core.Model;
using Telltale.Core.Pricing;
using Telltale.Simulation.Model;
using Telltale.Simulation.Scenarios;
using Telltale.Simulation.Content;
using Telltale.Simulation.Systems;

namespace Telltale.Simulation.Tests;

/// <summary>Each scripted incident changes what it should, by about as much as the script says, and only while it lasts.</summary>
public partial class IncidentEffectTests
{
    [Fact]
    public void Vendor_model_update_makes_answers_30_percent_longer_hedgier_and_less_liked()
    {
        var scenario = SimulatedTraffic.WithIncident(SupportAssistant.SystemName, IncidentKind.VendorModelUpdate, 6, TimeSpan.FromHours(24));
        var incident = scenario.Incidents[0];
        var events = SimulatedTraffic.Run(scenario);
        var (before, during) = events.Chats("gpt-4o").Where(c => !c.Failed()).Split(incident, c => c.Start);

        var ratio = during.Average(c => c.Long("gen_ai.usage.output_tokens")) / before.Average(c => c.Long("gen_ai.usage.output_tokens"));
        Assert.InRange(ratio, 1.25, 1.35);
        Assert.All(during, c => Assert.Equal("gpt-4o-2024-11-20", c.Get("gen_ai.response.model")));
        Assert.All(before, c => Assert.Equal("gpt-4o-2024-08-06", c.Get("gen_ai.response.model")));
        Assert.True(HedgesPer100Words(during) > 4 * HedgesPer100Words(before));

        var (thumbsBefore, thumbsDuring) = events.OfType<FeedbackEvent>().Where(f => f.Kind == "thumbs").Split(incident, f => f.Trace!.Time);
        var upBefore = thumbsBefore.Average(f => f.Value as string == "up" ? 1.0 : 0);
        var upDuring = thumbsDuring.Average(f => f.Value as string == "up" ? 1.0 : 0);
        Assert.InRange(upBefore, 0.72, 0.86);
        Assert.InRange(upDuring / upBefore, 0.5, 0.7);
    }

    [Fact]
    public void Latency_degradation_triples_the_p95_of_one_model_only()
    {
        var scenario = SimulatedTraffic.WithIncident(DocSummarizer.SystemName, IncidentKind.LatencyDegradation, 4, TimeSpan.FromHours(9), "claude-sonnet-4");
        var incident = scenario.Incidents[0];
        var events = SimulatedTraffic.Run(scenario);

        double P95(IEnumerable<SimSpan> spans) => SimulatedTraffic.Percentile(spans.Select(s => s.Duration.TotalMilliseconds), 0.95);
        var (claudeBefore, claudeDuring) = events.Chats("claude-sonnet-4").Where(c => !c.Failed()).Split(incident, c => c.Start);
        var (miniBefore, miniDuring) = events.Chats("gpt-4o-mini").Where(c => !c.Failed()).Split(incident, c => c.Start);

        Assert.True(P95(claudeDuring) >= 3 * P95(claudeBefore), $"p95 {P95(claudeBefore):0} → {P95(claudeDuring):0} ms");
        Assert.InRange(P95(miniDuring) / P95(miniBefore), 0.8, 1.25);
    }

    [Fact]
    public void Rate_limit_burst_refuses_30_percent_of_calls_and_pushes_the_error_rate_past_5_percent()
    {
        var scenario = SimulatedTraffic.WithIncident(SupportAssistant.SystemName, IncidentKind.RateLimitBurst, 4, TimeSpan.FromHours(3));
        var incident = scenario.Incidents[0];
        var (before, during) = SimulatedTraffic.Run(scenario).Spans()
            .Where(s => s.Get("gen_ai.operation.name") is "chat" or "embeddings").Split(incident, s => s.Start);

        double Share(List<SimSpan> spans, Func<SimSpan, bool> p) => spans.Count(p) / (double)spans.Count;
        var firstAttempts = during.Where(s => s.Get("gen_ai.request.model") as string == "gpt-4o").ToList();
        Assert.InRange(Share(firstAttempts, s => s.Long("http.response.status_code") == 429), 0.25, 0.35);
        Assert.True(Share(during, s => s.Failed()) > 0.10, "the error rate over model calls (what the default rule watches) is well past 5 %");
        Assert.True(Share(before, s => s.Failed()) < 0.02);
    }

    [Fact]
    public void Deployment_error_burst_fails_calls_under_the_new_version_and_is_announced_as_a_change()
    {
        var scenario = SimulatedTraffic.WithIncident(OpsAgent.SystemName, IncidentKind.DeploymentErrorBurst, 5, TimeSpan.FromHours(3));
        var incident = scenario.Incidents[0];
        var events = SimulatedTraffic.Run(scenario);
        var (before, during) = events.Traces().Split(incident, t => t.Root.Start);

        double ChatErrorRate(IEnumerable<TraceEvent> traces)
        {
            var chats = traces.SelectMany(t => t.Root.SelfAndDescendants()).Where(s => s.Get("gen_ai.operation.name") as string == "chat").ToList();
            return chats.Count(c => c.Failed()) / (double)chats.Count;
        }
        Assert.InRange(ChatErrorRate(during), 0.25, 0.35);
        Assert.True(ChatErrorRate(before) < 0.02);
        Assert.All(during, t => Assert.Equal(OpsAgent.BrokenVersion, t.Version));
        Assert.All(before, t => Assert.Equal(OpsAgent.Version, t.Version));
        Assert.Contains(events.Traces(), t => t.Version == OpsAgent.HotfixVersion);

        var changes = events.OfType<ChangeEvent>().ToList();
        Assert.Equal(2, changes.Count);
        Assert.All(changes, c => Assert.Equal("deployment", c.Kind));
        Assert.Equal(incident.Onset, changes[0].Time);
        // Failed runs are retried by the orchestrator, so the burst also brings more traffic.
        Assert.True(during.Count(t => t.Root.Long("telltale.attempt") > 1) > during.Count / 10);
    }

    [Fact]
    public void Prompt_bloat_raises_cost_per_task_by_about_40_percent_at_list_prices()
    {
        var scenario = SimulatedTraffic.WithIncident(OpsAgent.SystemName, IncidentKind.PromptBloat, 5, TimeSpan.FromHours(9));
        var incident = scenario.Incidents[0];
        var (before, during) = SimulatedTraffic.Run(scenario).Traces().Split(incident, t => t.Root.Start);

        var ratio = during.Average(CostOf) / before.Average(CostOf);
        Assert.InRange(ratio, 1.33, 1.47);
    }

    [Fact]
    public void Pii_leak_puts_customers_email_addresses_and_phone_numbers_into_summaries_only_while_it_lasts()
    {
        var scenario = SimulatedTraffic.WithIncident(DocSummarizer.SystemName, IncidentKind.PiiLeak, 4, TimeSpan.FromHours(3));
        var incident = scenario.Incidents[0];
        var (before, during) = SimulatedTraffic.Run(scenario).Chats("claude-sonnet-4").Where(c => !c.Failed()).Split(incident, c => c.Start);

        bool Leaks(SimSpan s) => Email().IsMatch((string)s.Get("gen_ai.output.messages")!) || Phone().IsMatch((string)s.Get("gen_ai.output.messages")!);
        Assert.DoesNotContain(before, Leaks);
        Assert.All(during, s => Assert.True(Leaks(s)));
        // The source documents carried the personal data all along; the summaries used to leave it out.
        Assert.True(before.Count(s => Email().IsMatch((string)s.Get("gen_ai.input.messages")!) || Phone().IsMatch((string)s.Get("gen_ai.input.messages")!)) > before.Count / 2);
    }

    [Fact]
    public void Prompt_injection_wave_sends_injection_attempts_from_a_few_users()
    {
        var scenario = SimulatedTraffic.WithIncident(SupportAssistant.SystemName, IncidentKind.PromptInjectionWave, 4, TimeSpan.FromHours(3));
        var incident = scenario.Incidents[0];
        var (before, during) = SimulatedTraffic.Run(scenario).Chats("gpt-4o").Split(incident, c => c.Start);

        bool Injected(SimSpan s) => SupportContent.InjectionAttempts.Any(a => ((string)s.Get("gen_ai.input.messages")!).Contains(a[..20]));
        Assert.DoesNotContain(before, Injected);
        var attacks = during.Where(Injected).ToList();
        Assert.InRange(attacks.Count / (double)during.Count, 0.15, 0.5);
        Assert.True(attacks.Select(a => a.Get("user.id")).Distinct().Count() <= 4);
    }

    [Fact]
    public void Stale_retrieval_returns_older_documents_with_lower_scores()
    {
        var scenario = SimulatedTraffic.WithIncident(SupportAssistant.SystemName, IncidentKind.StaleRetrieval, 4, TimeSpan.FromHours(3));
        var incident = scenario.Incidents[0];
        var (before, during) = SimulatedTraffic.Run(scenario).Spans().Where(s => s.Get("gen_ai.operation.name") as string == "retrieval").Split(incident, s => s.Start);

        static (double Score, double AgeDays) Documents(SimSpan s)
        {
            using var json = System.Text.Json.JsonDocument.Parse((string)s.Get("gen_ai.retrieval.documents")!);
            var docs = json.RootElement.EnumerateArray().ToList();
            return (docs.Average(d => d.GetProperty("score").GetDouble()),
                docs.Average(d => (s.Start - DateTimeOffset.Parse(d.GetProperty("metadata").GetProperty("updated_at").GetString()! + "T00:00:00Z")).TotalDays));
        }
        Assert.True(during.Average(s => Documents(s).Score) < before.Average(s => Documents(s).Score) - 0.15);
        Assert.True(during.Average(s => Documents(s).AgeDays) > 365);
        Assert.True(before.Average(s => Documents(s).AgeDays) < 90);
    }

    [Fact]
    public void Users_of_one_intent_quietly_abandon_their_conversations()
    {
        var scenario = SimulatedTraffic.WithIncident(SupportAssistant.SystemName, IncidentKind.IntentAbandonment, 6, TimeSpan.FromHours(12), "disputes");
        var incident = scenario.Incidents[0];
        var sessionsByIntent = SimulatedTraffic.Run(scenario).OfType<FeedbackEvent>().ToList();
        var (before, during) = sessionsByIntent.Where(f => f.Kind == "abandoned").Split(incident, f => f.Time);

        string Intent(FeedbackEvent f) => f.Trace!.Intent!;
        Assert.True(during.Count(f => Intent(f) == "disputes") > 5 * before.Count(f => Intent(f) == "disputes"));
        Assert.InRange(during.Count(f => Intent(f) != "disputes"), 0.5 * before.Count(f => Intent(f) != "disputes"), 2.0 * before.Count(f => Intent(f) != "disputes") + 5);
    }

    private static double CostOf(TraceEvent trace) => (double)trace.Root.SelfAndDescendants()
        .Where(s => s.Get("gen_ai.response.model") is string)
        .Sum(s => CostCalculator.Compute(PriceTable.Default.Find((string)s.Get("gen_ai.provider.name")!, (string)s.Get("gen_ai.response.model")!, s.Start)!,
            new TokenUsage { Input = s.Long("gen_ai.usage.input_tokens"), Output = s.Long("gen_ai.usage.output_tokens") }));

    private static double HedgesPer100Words(IEnumerable<SimSpan> chats)
    {
        var texts = chats.Select(c => (string)c.Get("gen_ai.output.messages")!).ToList();
        var hedges = texts.Sum(t => Hedge().Matches(t).Count);
        return hedges * 100.0 / texts.Sum(t => t.Split(' ').Length);
    }

    [GeneratedRegex(@"I think|possible that|As far as I know|not entirely sure|It seems|Perhaps|I believe|might be|Probably|best of my knowledge", RegexOptions.IgnoreCase)]
    private static partial Regex Hedge();

    [GeneratedRegex(@"[a-z.]+\d*@(example\.(com|org|net)|mail\.example)")]
    private static partial Regex Email();

    [GeneratedRegex(@"\+1 \d{3}-555-01\d\d")]
    private static partial Regex Phone();
}
