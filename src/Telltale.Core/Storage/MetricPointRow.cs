namespace Telltale.Core.Storage;

/// <summary>One OTLP metric data point as stored (GenAI client metrics such as token usage and operation duration).
/// Number points fill <see cref="Value"/>; histogram points fill count, sum, min, max and the buckets.</summary>
public sealed record MetricPointRow
{
    public required string System { get; init; }
    public required string Name { get; init; }
    public string? Unit { get; init; }

    /// <summary>gauge, sum, histogram, exponential_histogram or summary.</summary>
    public required string Type { get; init; }
    public long StartUnixNano { get; init; }
    public long TimeUnixNano { get; init; }
    public string AttributesJson { get; init; } = "{}";
    public double? Value { get; init; }
    public long? Count { get; init; }
    public double? Sum { get; init; }
    public double? Min { get; init; }
    public double? Max { get; init; }
    public string? BucketsJson { get; init; }

    /// <summary>1 delta, 2 cumulative, 0 when not applicable.</summary>
    public int Temporality { get; init; }
}
