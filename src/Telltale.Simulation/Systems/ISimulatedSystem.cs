using Telltale.Simulation.Model;

namespace Telltale.Simulation.Systems;

/// <summary>One fictional AI system. An arrival is its unit of demand — a support conversation, an agent run, a
/// document to summarize — and produces the traces, feedback and changes that follow from it.</summary>
public interface ISimulatedSystem
{
    string Name { get; }

    void Arrive(DateTimeOffset start, List<SimEvent> events);
}
