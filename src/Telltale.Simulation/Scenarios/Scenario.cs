using Telltale.Simulation.Traffic;

namespace Telltale.Simulation.Scenarios;

/// <summary>Which fictional systems run, how busy they are at their peak (arrivals per minute: sessions, agent runs
/// or documents), and the incidents scripted into the timeline.</summary>
/// <param name="Start">Where the traffic begins (the start of the backfilled history).</param>
/// <param name="PhaseStart">Where the incident phase begins; everything before it is stable history.</param>
/// <param name="End">Where the traffic ends; <see cref="DateTimeOffset.MaxValue"/> streams for ever.</param>
public sealed record Scenario(string Name, DateTimeOffset Start, DateTimeOffset PhaseStart, DateTimeOffset End,
    IReadOnlyDictionary<string, double> PeakArrivalsPerMinute, IReadOnlyList<Incident> Incidents, TrafficShape Shape)
{
    public IEnumerable<Incident> ActiveIn(string system, DateTimeOffset time) =>
        Incidents.Where(i => i.System == system && i.IsActive(time));

    public Incident? Active(string system, IncidentKind kind, DateTimeOffset time) =>
        Incidents.FirstOrDefault(i => i.Kind == kind && i.System == system && i.IsActive(time));
}
