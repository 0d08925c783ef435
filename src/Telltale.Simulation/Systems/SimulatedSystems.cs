namespace Telltale.Simulation.Systems;

/// <summary>The fictional fleet by name.</summary>
public static class SimulatedSystems
{
    public static readonly IReadOnlyList<string> Names = [SupportAssistant.SystemName, OpsAgent.SystemName, DocSummarizer.SystemName];

    public static ISimulatedSystem Create(string name, SystemContext context) => name switch
    {
        SupportAssistant.SystemName => new SupportAssistant(context),
        OpsAgent.SystemName => new OpsAgent(context),
        DocSummarizer.SystemName => new DocSummarizer(context),
        _ => throw new ArgumentException($"Unknown simulated system '{name}'. Known: {string.Join(", ", Names)}.", nameof(name)),
    };
}
