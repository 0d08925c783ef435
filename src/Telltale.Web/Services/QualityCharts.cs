using Telltale.Core.Alerting;
using Telltale.Core.Quality;

namespace Telltale.Web.Services;

/// <summary>
/// Sorts a system's quality series onto charts by what their values mean: rates and scores on [0, 1] (refusal,
/// hedging, groundedness, judges, canary runs) share one axis; user feedback another; verbosity, a ratio to the usual
/// length, its own.
/// </summary>
public sealed record QualityCharts(IReadOnlyList<ChartLine> Scores, IReadOnlyList<ChartLine> Feedback, IReadOnlyList<ChartLine> Length,
    IReadOnlyList<QualityCharts.Figure> Figures)
{
    public const string Verbosity = "score.verbosity";

    /// <summary>A row of the quality table: the metric's mean over the range and the samples behind it.</summary>
    public sealed record Figure(string Metric, string Source, double? Mean, long Samples);

    public static QualityCharts From(IReadOnlyList<QualitySeries> series)
    {
        var scores = series.Where(s => s.Metric != Verbosity && (s.Source == QualitySeries.Canary || IsUnitRange(s)))
            .Select(s => ChartLine.From(Label(s.Metric), s)).ToList();
        var feedback = new List<ChartLine>();
        if (series.FirstOrDefault(s => s.Metric == "thumbsUpRate") is { } thumbs) feedback.Add(ChartLine.From("thumbs-up rate", thumbs));
        if (series.FirstOrDefault(s => s.Metric == "csat") is { } csat) feedback.Add(ChartLine.From("CSAT (÷ 5)", csat, v => v / 5));
        if (series.FirstOrDefault(s => s.Metric == "meanRating") is { } rating) feedback.Add(ChartLine.From("rating (÷ 5)", rating, v => v / 5));
        var length = series.Where(s => s.Metric == Verbosity).Select(s => ChartLine.From("length ÷ usual", s)).ToList();
        var figures = series.Select(s => new Figure(s.Metric, s.Source, s.Overall, s.Points.Sum(p => p.Count))).ToList();
        return new QualityCharts(scores, feedback, length, figures);
    }

    /// <summary>Score series whose every value lies in [0, 1]; raw 1–5 annotations and counts go elsewhere.</summary>
    private static bool IsUnitRange(QualitySeries s) =>
        s.Source == QualitySeries.Scores && s.Points.All(p => p.Value is null or >= 0 and <= 1);

    private static string Label(string metric) =>
        metric.StartsWith(ScoreRuleMetrics.Prefix, StringComparison.Ordinal) ? metric[ScoreRuleMetrics.Prefix.Length..]
        : metric.StartsWith(CanaryRuleMetrics.Score + ".", StringComparison.Ordinal) ? $"canary {metric[(CanaryRuleMetrics.Score.Length + 1)..]}"
        : metric;
}
