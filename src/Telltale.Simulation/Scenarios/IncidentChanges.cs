using Telltale.Simulation.Model;
using Telltale.Simulation.Systems;

namespace Telltale.Simulation.Scenarios;

/// <summary>The change events a team would have posted around an incident. A vendor's silent model update posts
/// nothing (Telltale has to notice the new model version in traffic); a deployment and a prompt change do.</summary>
public static class IncidentChanges
{
    public static IEnumerable<ChangeEvent> For(Incident incident) => incident.Kind switch
    {
        IncidentKind.DeploymentErrorBurst =>
        [
            new ChangeEvent(incident.Onset, incident.System, "deployment", $"Deploy {incident.System} {OpsAgent.BrokenVersion}",
                "Tool schema refactor: query_metrics takes a structured window."),
            new ChangeEvent(incident.End, incident.System, "deployment", $"Deploy {incident.System} {OpsAgent.HotfixVersion} (hotfix)",
                "Revert the query_metrics schema change."),
        ],
        IncidentKind.PromptBloat =>
        [
            new ChangeEvent(incident.Onset, incident.System, "prompt_version", $"{incident.System} system prompt v14",
                "Adds change-management policy v7 and six tool schemas."),
        ],
        IncidentKind.PiiLeak =>
        [
            new ChangeEvent(incident.Onset, incident.System, "prompt_version", $"{incident.System} prompt v9 (friendlier tone)",
                "Rewrote the summary instructions to sound more personal."),
        ],
        _ => [],
    };
}
