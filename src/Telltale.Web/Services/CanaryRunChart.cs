using Telltale.Core.Changes;
using Telltale.Core.Evaluation.Canary;

namespace Telltale.Web.Services;

/// <summary>A canary's run scores over time: the scores, the baseline run as a point of its own, and the runs a new
/// model version started as change markers, drawn like the model changes on the system charts.</summary>
public sealed record CanaryRunChart(IReadOnlyList<ChartLine> Lines, IReadOnlyList<ChangeEvent> Markers)
{
    public const string ModelChangeMarker = "new model";

    public static CanaryRunChart For(IReadOnlyList<CanaryRun> runs, string? baselineRunId)
    {
        var scored = runs.Where(r => r is { Status: CanaryRun.Completed, Score: not null }).OrderBy(r => r.StartedAt).ToList();
        var times = scored.Select(r => r.StartedAt).ToList();
        var score = new ChartLine("score", times, scored.Select(r => r.Score).ToList());
        // Null elsewhere, so Plotly draws the one point and no line.
        var baseline = new ChartLine("baseline run", times, scored.Select(r => r.Id == baselineRunId ? r.Score : null).ToList());
        var markers = runs.Where(r => r.Trigger == CanaryTriggers.ModelChange).Select(r => new ChangeEvent
        {
            Id = r.Id,
            Kind = ModelChangeMarker,
            Title = $"Run started by a new model version{(r.TriggerDetail is null ? "" : $": {r.TriggerDetail}")}",
            System = r.System,
            Time = r.StartedAt,
            Source = "canary",
        }).ToList();
        return new CanaryRunChart(baseline.HasData ? [score, baseline] : [score], markers);
    }
}
