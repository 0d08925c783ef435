using Telltale.Simulation.Systems;
using Telltale.Simulation.Traffic;

namespace Telltale.Simulation.Scenarios;

/// <summary>The scripted timelines: the detection benchmark's suite, the compressed demo, and a short one for tests.</summary>
public static class ScenarioCatalog
{
    public static readonly TimeSpan History = TimeSpan.FromDays(14);

    /// <summary>Peak arrivals per minute. ops-agent is busy enough that its error-rate rule (50 calls per 5 minutes)
    /// can judge it during business hours even while failing runs end early.</summary>
    public static IReadOnlyDictionary<string, double> Fleet(double scale = 1) => new Dictionary<string, double>
    {
        [SupportAssistant.SystemName] = 2.4 * scale,
        [OpsAgent.SystemName] = 4.5 * scale,
        [DocSummarizer.SystemName] = 2.0 * scale,
    };

    /// <summary>The demo's fleet: support-assistant busier than in the benchmark, so that even at the quietest hour its
    /// five-minute error-rate window holds the 50 calls the default rule needs before it judges (at 2.4 arrivals a
    /// minute it held ~33, and the live 429 burst went unseen).</summary>
    public static IReadOnlyDictionary<string, double> DemoFleet() => new Dictionary<string, double>(Fleet())
    {
        [SupportAssistant.SystemName] = 6.0,
    };

    /// <summary>
    /// The benchmark: 14 days of stable history, then four days (Monday to Thursday, so onsets fall in business hours
    /// when traffic is high enough for minimum-sample rules) with nine incidents. Incidents on one system that move the
    /// same metric never overlap, so every alert can be attributed.
    /// </summary>
    public static Scenario Bench(DateTimeOffset now)
    {
        var phase = LastMondayEndingBefore(now, days: 4);
        DateTimeOffset At(int day, int hour, int minute = 0) => phase.AddDays(day).AddHours(hour).AddMinutes(minute);
        var end = phase.AddDays(4);
        const string support = SupportAssistant.SystemName, agent = OpsAgent.SystemName, summarizer = DocSummarizer.SystemName;
        return new Scenario("bench", phase - History, phase, end, Fleet(),
        [
            new Incident(IncidentKind.PromptInjectionWave, support, At(0, 10), At(0, 12)),
            new Incident(IncidentKind.LatencyDegradation, summarizer, At(0, 13), At(0, 16), ModelSpec.ClaudeSonnet4.RequestModel),
            new Incident(IncidentKind.DeploymentErrorBurst, agent, At(0, 14), At(0, 14, 45)),
            new Incident(IncidentKind.VendorModelUpdate, support, At(0, 18), end),
            new Incident(IncidentKind.PromptBloat, agent, At(1, 8), end),
            new Incident(IncidentKind.PiiLeak, summarizer, At(1, 10), At(1, 16)),
            new Incident(IncidentKind.RateLimitBurst, support, At(1, 15), At(1, 15, 40)),
            new Incident(IncidentKind.IntentAbandonment, support, At(2, 9), At(3, 9), "disputes"),
            new Incident(IncidentKind.StaleRetrieval, support, At(3, 0), end),
        ], TrafficShape.Business);
    }

    /// <summary>
    /// <c>serve --demo</c>: 14 days of history up to now, in which the slow incidents are already under way (the vendor
    /// update for 3.5 days, prompt bloat since yesterday: their day- and week-window alerts fire at the first
    /// evaluation), and the fast ones starting live within the first minutes. Flatter traffic than the benchmark so
    /// the live incidents are detectable at any hour.
    /// </summary>
    public static Scenario Demo(DateTimeOffset now)
    {
        var forever = DateTimeOffset.MaxValue;
        DateTimeOffset In(double minutes) => now.AddMinutes(minutes);
        const string support = SupportAssistant.SystemName, agent = OpsAgent.SystemName, summarizer = DocSummarizer.SystemName;
        return new Scenario("demo", now - History, now, forever, DemoFleet(),
        [
            new Incident(IncidentKind.VendorModelUpdate, support, now.AddHours(-84), forever),
            new Incident(IncidentKind.PromptBloat, agent, now.AddHours(-20), forever),
            new Incident(IncidentKind.IntentAbandonment, support, now.AddHours(-30), forever, "disputes"),
            new Incident(IncidentKind.StaleRetrieval, support, now.AddHours(-6), forever),
            // Incidents a default rule watches start first, so their windows (5–15 min) and "for" durations have
            // elapsed within the demo's first ten minutes; the ones Telltale cannot detect yet follow.
            new Incident(IncidentKind.LatencyDegradation, summarizer, In(1), In(45), ModelSpec.ClaudeSonnet4.RequestModel),
            new Incident(IncidentKind.RateLimitBurst, support, In(2), In(12)),
            new Incident(IncidentKind.DeploymentErrorBurst, agent, In(3), In(16)),
            new Incident(IncidentKind.PromptInjectionWave, support, In(4), In(30)),
            new Incident(IncidentKind.PiiLeak, summarizer, In(5), In(60)),
        ], new TrafficShape(0.25, 1.0));
    }

    /// <summary>A short run for the end-to-end test: 40 minutes of one busy agent, a 20-minute error burst after a
    /// deployment, and 20 quiet minutes after.</summary>
    public static Scenario Short(DateTimeOffset now)
    {
        var phase = now.AddMinutes(-45);
        var systems = new Dictionary<string, double> { [OpsAgent.SystemName] = 6 };
        return new Scenario("short", phase.AddMinutes(-40), phase, phase.AddMinutes(40), systems,
            [new Incident(IncidentKind.DeploymentErrorBurst, OpsAgent.SystemName, phase.AddMinutes(10), phase.AddMinutes(30))],
            TrafficShape.Flat);
    }

    /// <summary>The latest Monday 00:00 UTC from which <paramref name="days"/> whole days end before now.</summary>
    public static DateTimeOffset LastMondayEndingBefore(DateTimeOffset now, int days)
    {
        var day = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).AddDays(-days);
        while (day.DayOfWeek != DayOfWeek.Monday) day = day.AddDays(-1);
        return day;
    }
}
