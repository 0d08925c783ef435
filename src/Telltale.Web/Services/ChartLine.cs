using Telltale.Core.Querying;

namespace Telltale.Web.Services;

/// <summary>One line (or bar series) of a time chart: named points, gaps as null.</summary>
public sealed record ChartLine(string Name, IReadOnlyList<DateTimeOffset> X, IReadOnlyList<double?> Y)
{
    /// <summary>One value per bucket of the series, in time order.</summary>
    public static ChartLine From(string name, MetricSeries? series, Func<MetricValues, double?> value) =>
        new(name, series?.Points.Select(p => p.Time).ToList() ?? [], series?.Points.Select(p => value(p.Values)).ToList() ?? []);

    /// <summary>A quality series; <paramref name="scale"/> maps values onto the chart's axis (CSAT 1–5 onto 0–1).</summary>
    public static ChartLine From(string name, Core.Quality.QualitySeries series, Func<double, double>? scale = null) =>
        new(name, series.Points.Select(p => p.Time).ToList(), series.Points.Select(p => p.Value is { } v ? scale?.Invoke(v) ?? v : (double?)null).ToList());

    public bool HasData => Y.Any(v => v is not null);
}
