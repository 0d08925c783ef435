using Telltale.Simulation.Model;
using Telltale.Simulation.Running;
using Telltale.Simulation.Scenarios;
using Telltale.Simulation.Traffic;

namespace Telltale.Simulation.Tests;

/// <summary>Runs a scenario's timeline in memory and offers its spans for statistics.</summary>
internal static class SimulatedTraffic
{
    public static readonly DateTimeOffset Monday = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    public static List<SimEvent> Run(Scenario scenario, int seed = 7) =>
        new EventTimeline(scenario, seed).Advance(scenario.End.AddHours(1));

    /// <summary>One system, flat traffic, an incident in the middle third of the span.</summary>
    public static Scenario WithIncident(string system, IncidentKind kind, double peakPerMinute, TimeSpan length, string? segment = null)
    {
        var start = Monday.AddHours(9);
        var third = length / 3;
        return new Scenario("test", start, start, start + length, new Dictionary<string, double> { [system] = peakPerMinute },
            [new Incident(kind, system, start + third, start + 2 * third, segment)], TrafficShape.Flat);
    }

    public static IEnumerable<TraceEvent> Traces(this IEnumerable<SimEvent> events) => events.OfType<TraceEvent>();

    public static IEnumerable<SimSpan> Spans(this IEnumerable<SimEvent> events) =>
        events.Traces().SelectMany(t => t.Root.SelfAndDescendants());

    public static IEnumerable<SimSpan> Chats(this IEnumerable<SimEvent> events, string? requestModel = null) =>
        events.Spans().Where(s => s.Get("gen_ai.operation.name") as string == "chat" && (requestModel is null || s.Get("gen_ai.request.model") as string == requestModel));

    /// <summary>Splits by the incident's window: before onset, during.</summary>
    public static (List<T> Before, List<T> During) Split<T>(this IEnumerable<T> items, Incident incident, Func<T, DateTimeOffset> time)
    {
        var list = items.ToList();
        return (list.Where(x => time(x) < incident.Onset).ToList(), list.Where(x => incident.IsActive(time(x))).ToList());
    }

    public static double Percentile(IEnumerable<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted[(int)Math.Min(sorted.Length - 1, Math.Floor(p * sorted.Length))];
    }

    public static long Long(this SimSpan span, string key) => span.Get(key) is long l ? l : 0;

    public static bool Failed(this SimSpan span) => span.IsError;
}
