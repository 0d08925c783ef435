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

    public static IReadOnlyCollection<string> Names => Readers.Keys;

    public static bool IsKnown(string metric) => Readers.ContainsKey(metric);

    /// <summary>The value and the sample count it rests on (calls in the window).</summary>
    public static Observation Read(string metric, MetricValues values) =>
        Readers.TryGetValue(metric, out var read)
            ? new Observation(read(values), values.Count)
            : throw new ArgumentException($"Unknown metric '{metric}'. Known: {string.Join(", ", Readers.Keys)}.", nameof(metric));
}
