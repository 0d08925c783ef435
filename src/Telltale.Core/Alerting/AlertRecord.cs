namespace Telltale.Core.Alerting;

/// <summary>One alert: a rule firing for one group, from when it fired until it resolved, with the context someone
/// paged at night needs to act (current and normal value, since when, what changed just before).</summary>
public sealed record AlertRecord
{
    public required string Id { get; init; }
    public required string RuleId { get; init; }
    public required string RuleName { get; init; }
    public required AlertSeverity Severity { get; init; }

    /// <summary>firing or resolved.</summary>
    public required string State { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? ResolvedAt { get; init; }
    public string? System { get; init; }
    public IReadOnlyDictionary<string, string?> Group { get; init; } = new Dictionary<string, string?>();

    /// <summary>The group's identity within the rule (its dimension values joined), empty for an ungrouped rule.</summary>
    public string GroupKey { get; init; } = "";
    public required string Metric { get; init; }
    public double? Value { get; init; }
    public double? NormalValue { get; init; }

    /// <summary>The segment the deviation is concentrated in (e.g. model=gpt-4o explaining 92 % of it), when one is.</summary>
    public Concentration? ConcentratedIn { get; init; }

    /// <summary>Traces from the alert's window to start from (failing ones for error metrics).</summary>
    public IReadOnlyList<string> ExampleTraceIds { get; init; } = [];

    /// <summary>A sentence or two a human reads: what is wrong, how far from normal, since when, what changed.</summary>
    public required string Context { get; init; }
    public string? RunbookMarkdown { get; init; }
    public Uri? RunbookUrl { get; init; }

    public const string Firing = "firing";
    public const string Resolved = "resolved";
}
