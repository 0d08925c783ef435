namespace Telltale.Core.Querying;

/// <summary>The figures of one group over one interval.</summary>
public sealed record MetricValues
{
    public long Count { get; init; }
    public long Errors { get; init; }
    public double ErrorRate { get; init; }
    public double? LatencyP50Ms { get; init; }
    public double? LatencyP95Ms { get; init; }
    public double? LatencyP99Ms { get; init; }
    public double? TimeToFirstTokenP50Ms { get; init; }
    public double? TimeToFirstTokenP95Ms { get; init; }

    /// <summary>Calls per second over the interval.</summary>
    public double ThroughputPerSecond { get; init; }
    public long InputTokens { get; init; }
    public long OutputTokens { get; init; }
    public long CacheReadTokens { get; init; }
    public long ReasoningTokens { get; init; }
    public long EstimatedTokenCalls { get; init; }
    public decimal CostUsd { get; init; }
    public long Traces { get; init; }

    /// <summary>Cost of the matching spans divided by the number of traces they belong to.</summary>
    public decimal? CostPerTraceUsd { get; init; }

    /// <summary>Share of calls rejected by rate limiting (HTTP 429 or a rate-limit error type).</summary>
    public double RateLimitedShare { get; init; }
    public double FallbackShare { get; init; }
}

public sealed record MetricPoint(DateTimeOffset Time, MetricValues Values);

public sealed record MetricSeries(IReadOnlyDictionary<string, string?> Group, MetricValues Totals, IReadOnlyList<MetricPoint> Points);

public sealed record MetricsResult(
    DateTimeOffset From,
    DateTimeOffset To,
    double? StepSeconds,
    IReadOnlyList<string> GroupBy,
    IReadOnlyList<MetricSeries> Series);

/// <summary>Stored OTLP metrics (e.g. <c>gen_ai.client.token.usage</c>), summed per name and attribute set.</summary>
public sealed record GenAiMetricsQuery(TimeRange Range, string? Name, string? System);

public sealed record GenAiMetricSeries(
    string Name,
    string System,
    string? Unit,
    string Type,
    System.Text.Json.JsonElement Attributes,
    long Points,
    long? Count,
    double? Sum,
    double? LastValue,
    DateTimeOffset LastTime);
