namespace Telltale.Core.Intents;

/// <summary>
/// One intent's figures. Traces, errors and latency are of requests (root spans); cost is of model calls, per trace
/// that made one; thumbs and CSAT come from user feedback, scores from evaluators and the scores API.
/// </summary>
public sealed record IntentBreakdownRow
{
    /// <summary>Null for traces not tagged (yet).</summary>
    public string? Intent { get; init; }
    public long Traces { get; init; }

    /// <summary>Of all traces in the breakdown.</summary>
    public double Share { get; init; }
    public long Errors { get; init; }
    public double ErrorRate { get; init; }
    public double? LatencyP95Ms { get; init; }
    public decimal CostUsd { get; init; }
    public decimal? CostPerTraceUsd { get; init; }
    public long Thumbs { get; init; }
    public double? ThumbsUpRate { get; init; }
    public long CsatResponses { get; init; }
    public double? MeanCsat { get; init; }
    public long Escalations { get; init; }
    public long Abandonments { get; init; }

    /// <summary>Mean and count of each numeric score, by score name.</summary>
    public IReadOnlyDictionary<string, ScoreMean> Scores { get; init; } = new Dictionary<string, ScoreMean>();
}

public sealed record ScoreMean(long Count, double? Mean);
