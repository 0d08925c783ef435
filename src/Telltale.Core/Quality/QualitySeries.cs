namespace Telltale.Core.Quality;

/// <summary>A quality metric over time, as a chart or a rule sees it.</summary>
public sealed record QualitySeries(string Metric, string Source, IReadOnlyList<QualityPoint> Points)
{
    public const string Scores = "scores";
    public const string Feedback = "feedback";
    public const string Canary = "canary";

    /// <summary>The mean over the whole range, weighted by samples.</summary>
    public double? Overall => Points.Where(p => p.Value is not null).Sum(p => p.Count) is var n && n > 0
        ? Points.Where(p => p.Value is not null).Sum(p => p.Value!.Value * p.Count) / n
        : null;
}
