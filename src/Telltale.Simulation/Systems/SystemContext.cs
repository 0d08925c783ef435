using Telltale.Simulation.Randomness;
using Telltale.Simulation.Scenarios;

namespace Telltale.Simulation.Systems;

/// <summary>What a simulated system consults while it generates one arrival: its own random stream and the
/// incidents in force at a moment.</summary>
public sealed class SystemContext(Scenario scenario, string system, SimRandom random)
{
    public string System { get; } = system;
    public SimRandom Random { get; } = random;
    public Scenario Scenario { get; } = scenario;

    public Incident? Active(IncidentKind kind, DateTimeOffset time) => Scenario.Active(System, kind, time);

    public bool IsActive(IncidentKind kind, DateTimeOffset time) => Active(kind, time) is not null;

    /// <summary>A fresh 16-byte trace id, drawn from the system's stream so a seed reproduces it.</summary>
    public string NewTraceId() => Random.Hex(16);
}
