using Telltale.Core.Querying;

namespace Telltale.Core.Alerting;

/// <summary>The operational and cost metrics a rule can name, read from the metrics query's figures. Later metric
/// families (quality, feedback, drift, security) add their own readers; rules refer to all of them by name.</summary>
public static class RuleMetrics
{
    private static readonly Dictionary<string, Func<MetricValues, double?>> Readers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["count"] = v => v.Count,
        ["errors"] = v => v.Errors,
        ["errorRate"] = v => v.Count == 0 ? null : v.ErrorRate,
        ["latencyP50Ms"] = v => v.LatencyP50Ms,
        ["latencyP95Ms"] = v => v.LatencyP95Ms,
        ["latencyP99Ms"] = v => v.LatencyP99Ms,
        ["timeToFirstTokenP50Ms"] = v => v.TimeToFirstTokenP50Ms,
        ["timeToFirstTokenP95Ms"] = v => v.TimeToFirstTokenP95Ms,
        ["throughputPerSecond"] = v => v.ThroughputPerSecond,
        ["inputTokens"] = v => v.InputTokens,
        ["outputTokens"] = v => v.OutputTokens,
        ["costUsd"] = v => (double)v.CostUsd,
        ["costPerTraceUsd"] = v => v.CostPerTraceUsd is { } c ? (double)c : null,
        ["rateLimitedShare"] = v => v.Count == 0 ? null : v.RateLimitedShare,
        ["fallbackShare"] = v => v.Count == 0 ? null : v.FallbackShare,
    };

    /// <summary>Metrics whose sources are still being built. Rules on them may be created now; they evaluate as
    /// "no data", so they stay idle until the data exists.</summary>
    public static readonly IReadOnlySet<string> Planned = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyCollection<string> Names => Readers.Keys;

    public static bool IsKnown(string metric) => Readers.ContainsKey(metric) || Planned.Contains(metric) || FeedbackRuleMetrics.Handles(metric) || ScoreRuleMetrics.Handles(metric)
        || CanaryRuleMetrics.Handles(metric);

    /// <summary>The value and the sample count it rests on (calls in the window).</summary>
    public static Observation Read(string metric, MetricValues values)
    {
        if (Readers.TryGetValue(metric, out var read)) return new Observation(read(values), values.Count);
        if (Planned.Contains(metric)) return new Observation(null, 0);
        throw new ArgumentException($"Unknown metric '{metric}'. Known: {string.Join(", ", Readers.Keys.Concat(Planned))}.", nameof(metric));
    }
}
