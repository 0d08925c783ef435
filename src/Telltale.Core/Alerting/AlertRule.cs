namespace Telltale.Core.Alerting;

/// <summary>
/// A rule on any metric Telltale computes. The metric is named, not typed, so metrics that arrive later (quality,
/// feedback, drift, security) need no change to the rule model: only a source that can compute them.
/// </summary>
public sealed record AlertRule
{
    /// <summary>Given by the user or generated on creation.</summary>
    public string Id { get; init; } = "";
    public required string Name { get; init; }

    /// <summary>e.g. errorRate, latencyP95Ms, costUsd, costPerTraceUsd, rateLimitedShare.</summary>
    public required string Metric { get; init; }

    /// <summary>Dimension filters, as in the metrics API (<c>system</c>, <c>model</c>, <c>attr.&lt;key&gt;</c>, …).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Each group (e.g. each system) is its own alert.</summary>
    public IReadOnlyList<string> GroupBy { get; init; } = [];

    public required TimeSpan Window { get; init; }
    public required AlertCondition Condition { get; init; }

    /// <summary>Fewer samples than this in the window count as no data (no alert on 2 errors out of 3 calls).</summary>
    public long MinSamples { get; init; }

    /// <summary>How long the condition must hold before the alert fires (pending until then).</summary>
    public TimeSpan For { get; init; }
    public NoDataPolicy NoData { get; init; } = NoDataPolicy.Idle;
    public AlertSeverity Severity { get; init; } = AlertSeverity.Warning;
    public string? RunbookMarkdown { get; init; }
    public Uri? RunbookUrl { get; init; }
    public bool Enabled { get; init; } = true;
}
