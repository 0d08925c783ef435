namespace Telltale.Core.Alerting;

/// <summary>When a rule's value is bad. Each condition also says when it is good again (hysteresis), so a value
/// hovering at the threshold does not flap between firing and resolved.</summary>
[System.Text.Json.Serialization.JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[System.Text.Json.Serialization.JsonDerivedType(typeof(StaticThreshold), "static")]
[System.Text.Json.Serialization.JsonDerivedType(typeof(RelativeToBaseline), "relative")]
[System.Text.Json.Serialization.JsonDerivedType(typeof(AnomalyCondition), "anomaly")]
public abstract record AlertCondition
{
    public required Direction Direction { get; init; }
}

/// <summary>Bad beyond a fixed threshold; good again only past <see cref="Recovery"/> (defaults to the threshold).</summary>
public sealed record StaticThreshold : AlertCondition
{
    public required double Threshold { get; init; }
    public double? Recovery { get; init; }
}

/// <summary>
/// Bad when the value moved more than <see cref="ChangePercent"/> away from its baseline in the bad direction, e.g.
/// daily cost 20 % above its trailing 7-day average. Good again once within <see cref="RecoveryPercent"/>.
/// </summary>
public sealed record RelativeToBaseline : AlertCondition
{
    public required BaselineKind Baseline { get; init; }
    public required double ChangePercent { get; init; }
    public double? RecoveryPercent { get; init; }

    /// <summary>For trailing baselines: how many past windows to average (7 for "trailing 7 days" of daily windows).</summary>
    public int Periods { get; init; } = 7;
}

public enum BaselineKind
{
    /// <summary>Mean of the previous <see cref="RelativeToBaseline.Periods"/> windows.</summary>
    TrailingAverage,

    /// <summary>The same window one week earlier (weekly seasonality, e.g. Monday 9:00 against last Monday 9:00).</summary>
    SameTimeLastWeek,
}

/// <summary>
/// Bad when the value is an outlier against its seasonal history: a robust z-score (distance from the median in
/// units of 1.4826 × MAD, so one odd past value does not move the baseline) beyond <see cref="ZThreshold"/>.
/// </summary>
public sealed record AnomalyCondition : AlertCondition
{
    public required Seasonality Seasonality { get; init; }
    public double ZThreshold { get; init; } = 4;
    public double RecoveryZ { get; init; } = 2;

    /// <summary>Seasons of history needed before judging (Datadog asks for at least 3).</summary>
    public int MinSeasons { get; init; } = 3;
}

public enum Seasonality
{
    /// <summary>History is the previous windows, whatever their time.</summary>
    None,

    /// <summary>History is the same time of day on previous days.</summary>
    Daily,

    /// <summary>History is the same time of week in previous weeks.</summary>
    Weekly,
}
