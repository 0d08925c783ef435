using Telltale.Simulation.Model;
using Telltale.Simulation.Randomness;
using Telltale.Simulation.Scenarios;
using Telltale.Simulation.Systems;

namespace Telltale.Simulation.Running;

/// <summary>
/// Plays a scenario forward in time. Arrivals follow a Poisson process whose rate follows the traffic shape; each
/// arrival's events (which may end later: a conversation lasts minutes) wait in a queue until their time. The same
/// timeline serves the backfill (advanced to "now" at once) and live streaming (advanced every second).
/// </summary>
public sealed class EventTimeline
{
    private static readonly TimeSpan MaxSlice = TimeSpan.FromMinutes(1);

    private readonly Scenario _scenario;
    private readonly List<(ISimulatedSystem System, SimRandom Arrivals, double PeakPerMinute)> _systems = [];
    private readonly PriorityQueue<SimEvent, (long Ticks, long Sequence)> _pending = new();
    private readonly List<SimEvent> _buffer = [];
    private long _sequence;

    public DateTimeOffset Cursor { get; private set; }
    public Scenario Scenario => _scenario;

    public EventTimeline(Scenario scenario, int seed)
    {
        _scenario = scenario;
        Cursor = scenario.Start;
        foreach (var (name, peak) in scenario.PeakArrivalsPerMinute.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var context = new SystemContext(scenario, name, new SimRandom(SimRandom.Derive(seed, name)));
            _systems.Add((SimulatedSystems.Create(name, context), new SimRandom(SimRandom.Derive(seed, name + "/arrivals")), peak));
        }
        foreach (var change in scenario.Incidents.SelectMany(IncidentChanges.For).Where(c => c.Time >= scenario.Start))
            Enqueue(change);
    }

    /// <summary>Generates the arrivals up to <paramref name="to"/> and returns, in time order, every event whose
    /// time is before it.</summary>
    public List<SimEvent> Advance(DateTimeOffset to)
    {
        var generateTo = to < _scenario.End ? to : _scenario.End;
        while (Cursor < generateTo)
        {
            var next = Cursor + MaxSlice < generateTo ? Cursor + MaxSlice : generateTo;
            var minutes = (next - Cursor).TotalMinutes;
            var factor = _scenario.Shape.Factor(Cursor);
            foreach (var (system, arrivals, peak) in _systems)
            {
                var count = arrivals.Poisson(peak * factor * minutes);
                for (var i = 0; i < count; i++)
                    system.Arrive(Cursor + (next - Cursor) * arrivals.NextDouble(), _buffer);
            }
            foreach (var e in _buffer) Enqueue(e);
            _buffer.Clear();
            Cursor = next;
        }
        if (Cursor < to) Cursor = to; // past the scenario's end nothing new arrives, but time goes on

        var due = new List<SimEvent>();
        while (_pending.TryPeek(out var e, out _) && e.Time < to) due.Add(_pending.Dequeue());
        return due;
    }

    private void Enqueue(SimEvent e) => _pending.Enqueue(e, (e.Time.UtcTicks, _sequence++));
}
