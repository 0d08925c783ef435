using Telltale.Core.Alerting;

namespace Telltale.Core.Dashboard;

/// <summary>One AI system on the overview: is it up, fast, affordable and good, and how well is it monitored.</summary>
public sealed record SystemCard
{
    public required string Name { get; init; }
    public IReadOnlyList<string> Environments { get; init; } = [];
    public DateTimeOffset? LastSeen { get; init; }

    /// <summary>ok, or the highest severity among the system's firing alerts.</summary>
    public required string Health { get; init; }
    public int FiringAlerts { get; init; }

    /// <summary>Requests (traces) over the last 24 hours, their error rate and p95 latency.</summary>
    public long Requests { get; init; }
    public double ErrorRate { get; init; }
    public double? P95LatencyMs { get; init; }
    public decimal CostToday { get; init; }

    /// <summary>Mean daily cost over the seven whole days before today.</summary>
    public decimal CostDailyAverage7d { get; init; }

    /// <summary>Mean of the numeric quality scores of the last 24 hours (evaluators and annotations, 0..1 scale).</summary>
    public double? QualityScore { get; init; }
    public long QualityScoreCount { get; init; }
    public double? ThumbsUpRate { get; init; }
    public long FeedbackCount { get; init; }

    /// <summary>Hourly requests and errors over the last 24 hours, oldest first, one point per hour.</summary>
    public IReadOnlyList<long> RequestSparkline { get; init; } = [];
    public IReadOnlyList<long> ErrorSparkline { get; init; } = [];
    public required Maturity Maturity { get; init; }

    public static string HealthOf(IEnumerable<AlertSeverity> firing) =>
        firing.Select(s => (AlertSeverity?)s).Max() switch
        {
            null => "ok",
            var s => s.Value.ToString().ToLowerInvariant(),
        };
}

public sealed record Overview(DateTimeOffset At, IReadOnlyList<SystemCard> Systems);
