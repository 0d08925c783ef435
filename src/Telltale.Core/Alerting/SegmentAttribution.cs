using Telltale.Core.Querying;

namespace Telltale.Core.Alerting;

/// <summary>One value of one dimension (model=gpt-4o) with its figures now and in the baseline period.</summary>
/// <param name="Baseline">Its figures averaged to one window of the baseline period; null if it had no traffic then.</param>
public sealed record SegmentFigures(string Dimension, string? Value, MetricValues Current, MetricValues? Baseline);

/// <summary>The segment that explains most of a deviation, and how much of it.</summary>
public sealed record Concentration(string Dimension, string? Value, double Share);

/// <summary>
/// Finds where a deviation is concentrated: the value of some dimension (a model, a feature, a user) whose own
/// excess over what was expected accounts for most of the total excess. Additive metrics (cost, calls, errors,
/// tokens) compare each segment with its own baseline; rates and latencies compare each segment's calls with the
/// overall normal value, weighted by its traffic.
/// </summary>
public static class SegmentAttribution
{
    private static readonly HashSet<string> Additive = new(StringComparer.OrdinalIgnoreCase)
    {
        "count", "errors", "costUsd", "inputTokens", "outputTokens",
    };

    /// <param name="normal">The metric's normal value overall (the alert's baseline).</param>
    public static Concentration? Find(string metric, Direction direction, double? normal, IReadOnlyList<SegmentFigures> segments)
    {
        Concentration? best = null;
        foreach (var dimension in segments.GroupBy(s => s.Dimension))
        {
            var excess = dimension.Select(s => (s.Value, Excess: Excess(metric, direction, normal, s))).ToList();
            var total = excess.Where(e => e.Excess > 0).Sum(e => e.Excess);
            if (total <= 0 || excess.Count < 2) continue; // one value alone explains nothing
            var top = excess.MaxBy(e => e.Excess);
            var share = top.Excess / total;
            if (best is null || share > best.Share) best = new Concentration(dimension.Key, top.Value, share);
        }
        return best is { Share: >= 0.5 } ? best : null;
    }

    private static double Excess(string metric, Direction direction, double? normal, SegmentFigures s)
    {
        var current = RuleMetrics.Read(metric, s.Current).Value;
        if (current is null) return 0;
        double excess;
        if (Additive.Contains(metric))
            excess = current.Value - (s.Baseline is null ? 0 : RuleMetrics.Read(metric, s.Baseline).Value ?? 0);
        else if (normal is { } n)
            excess = s.Current.Count * (current.Value - n) / (Math.Abs(n) > 1e-12 ? Math.Abs(n) : 1);
        else
            return 0;
        return direction == Direction.Up ? excess : -excess;
    }
}
