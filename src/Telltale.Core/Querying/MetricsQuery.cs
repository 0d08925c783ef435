namespace Telltale.Core.Querying;

/// <summary>
/// Operational and cost metrics over spans: totals per group, and a time series per group when a step is given.
/// By default it covers model calls (LLM and embedding spans); <see cref="Kinds"/> widens or narrows that, and the
/// pseudo-kind "root" selects the root span of every trace (request-level health).
/// </summary>
public sealed record MetricsQuery
{
    public required TimeRange Range { get; init; }

    /// <summary>Bucket width of the time series; null for totals only.</summary>
    public TimeSpan? Step { get; init; }
    public IReadOnlyList<MetricDimension> GroupBy { get; init; } = [];

    /// <summary>Equality filters on dimensions (several values of one dimension are OR-ed).</summary>
    public IReadOnlyList<DimensionFilter> Filters { get; init; } = [];
    public IReadOnlyList<string> Kinds { get; init; } = DefaultKinds;

    /// <summary>Latency and time-to-first-token percentiles; off for callers that only need counts, tokens and cost,
    /// since percentiles are the expensive part of a long range.</summary>
    public bool Percentiles { get; init; } = true;

    /// <summary>Percentiles from a t-digest sketch (within about 1 %) instead of an exact sort: what makes a month of
    /// spans chartable interactively. Alert rules keep exact percentiles.</summary>
    public bool ApproximatePercentiles { get; init; }

    /// <summary>At most this many groups, the busiest first.</summary>
    public int MaxGroups { get; init; } = 50;

    public static readonly IReadOnlyList<string> DefaultKinds = ["llm", "embedding"];

    /// <summary>The pseudo-kind selecting root spans.</summary>
    public const string RootKind = "root";
}

public sealed record DimensionFilter(MetricDimension Dimension, IReadOnlyList<string> Values);
