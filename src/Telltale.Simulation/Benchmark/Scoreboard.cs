using System.Globalization;

namespace Telltale.Simulation.Benchmark;

/// <summary>The detection benchmark's printed scoreboard: one line per incident, the false alerts, a total.</summary>
public static class Scoreboard
{
    public static void Print(DetectionScorer.Report report, TextWriter output)
    {
        var phase = report.Scenario.PhaseStart;
        output.WriteLine();
        output.WriteLine($"Detection benchmark — scenario '{report.Scenario.Name}', incident phase {phase:yyyy-MM-dd} to {report.Scenario.End:yyyy-MM-dd} (simulated time)");
        output.WriteLine();
        output.WriteLine($"{"Incident",-48} {"System",-17} {"Onset",-10} {"Detected",-9} {"Delay",-10} First alert / why missed");
        output.WriteLine(new string('-', 140));
        foreach (var r in report.Incidents)
        {
            var onset = $"{(r.Incident.Onset - phase).Days}d {r.Incident.Onset:HH:mm}";
            var detail = r.First is { } a ? a.RuleName : r.KnownGap ?? "no alert (a default rule watches this metric)";
            output.WriteLine($"{Cut(r.Incident.Title, 48),-48} {r.Incident.System,-17} {onset,-10} {(r.Detected ? "yes" : "MISSED"),-9} {(r.Delay is { } d ? Duration(d) : "-"),-10} {detail}");
        }
        output.WriteLine();
        output.WriteLine($"False alerts during stable periods: {report.FalseAlerts.Count}");
        foreach (var a in report.FalseAlerts)
            output.WriteLine($"  {(a.StartedAt - phase).Days}d {a.StartedAt:HH:mm}  {a.RuleName}  — {Cut(a.Context, 110)}");
        var delays = report.Incidents.Where(i => i.Delay is not null).Select(i => i.Delay!.Value).Order().ToList();
        var coverable = report.Incidents.Count(i => i.KnownGap is null);
        output.WriteLine();
        output.WriteLine($"Total: {report.Detected} of {report.Incidents.Count} incidents detected " +
                         $"({report.Incidents.Count(i => i.Detected && i.KnownGap is null)} of {coverable} that a default rule covers); " +
                         $"median delay {(delays.Count == 0 ? "-" : Duration(delays[delays.Count / 2]))}; {report.FalseAlerts.Count} false alerts.");
    }

    public static string Duration(TimeSpan d) => d.TotalMinutes < 90
        ? $"{d.TotalMinutes.ToString("0", CultureInfo.InvariantCulture)} min"
        : d.TotalHours < 48 ? $"{(int)d.TotalHours} h {d.Minutes:00}" : $"{(int)d.TotalDays} d {d.Hours} h";

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
