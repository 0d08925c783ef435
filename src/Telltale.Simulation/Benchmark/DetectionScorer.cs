using Telltale.Simulation.Scenarios;

namespace Telltale.Simulation.Benchmark;

/// <summary>
/// Scores alerts against the scripted ground truth. An alert detects an incident when it concerns the incident's
/// system, watches a metric the incident really moves, and starts between the onset and shortly after the end. Every
/// other alert of the incident phase is a false alert: it fired while nothing it watches was wrong.
/// </summary>
public static class DetectionScorer
{
    /// <summary>How long after an incident ends an alert still counts as its (late) detection.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromHours(1);

    public sealed record IncidentResult(Incident Incident, IReadOnlyList<ObservedAlert> Alerts, string? KnownGap)
    {
        public ObservedAlert? First => Alerts.Count == 0 ? null : Alerts[0];
        public bool Detected => Alerts.Count > 0;
        public TimeSpan? Delay => First is { } a ? a.StartedAt - Incident.Onset : null;
    }

    public sealed record Report(Scenario Scenario, IReadOnlyList<IncidentResult> Incidents, IReadOnlyList<ObservedAlert> FalseAlerts)
    {
        public int Detected => Incidents.Count(i => i.Detected);
    }

    public static Report Score(Scenario scenario, IReadOnlyList<ObservedAlert> alerts)
    {
        var phaseAlerts = alerts.Where(a => a.StartedAt >= scenario.PhaseStart).OrderBy(a => a.StartedAt).ToList();
        var results = scenario.Incidents.OrderBy(i => i.Onset)
            .Select(i => new IncidentResult(i, phaseAlerts.Where(a => Detects(a, i)).ToList(), IncidentSignals.KnownGap(i.Kind)))
            .ToList();
        var falseAlerts = phaseAlerts.Where(a => !scenario.Incidents.Any(i => Detects(a, i))).ToList();
        return new Report(scenario, results, falseAlerts);
    }

    public static bool Detects(ObservedAlert alert, Incident incident) =>
        alert.System == incident.System
        && IncidentSignals.Moves(incident.Kind, alert.Metric)
        && alert.StartedAt >= incident.Onset
        && (incident.End == DateTimeOffset.MaxValue || alert.StartedAt <= incident.End + Grace);
}
