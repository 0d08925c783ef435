using Telltale.Core.Evaluation.Scoring;

namespace Telltale.Core.Evaluation.Canary;

/// <summary>
/// A canary evaluation: a held-out dataset run through the production prompt and model on a schedule, scored, and
/// compared with a pinned baseline run, so a vendor's silent model update or a prompt change shows up as a score
/// drop before users notice.
/// </summary>
/// <remarks>Nothing is <c>required</c> here: a definition posted with parts missing reaches
/// <see cref="CanaryValidator"/>, which names every missing part, instead of failing in the JSON binder.</remarks>
public sealed record CanaryDefinition
{
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";

    /// <summary>The production AI system it guards: its new model versions trigger a run, its alerts carry it.</summary>
    public string System { get; init; } = "";
    public string Dataset { get; init; } = "";

    /// <summary>A fixed dataset version, or null for the current one at each run.</summary>
    public int? DatasetVersion { get; init; }
    public CanaryTarget Target { get; init; } = new("", "");
    public IReadOnlyList<ScorerConfig> Scorers { get; init; } = [];

    /// <summary>Cron (5 fields, UTC). Default hourly.</summary>
    public string Schedule { get; init; } = "0 * * * *";

    /// <summary>A relative drop of the score below the baseline larger than this (and significant) is a regression.</summary>
    public double MarginPercent { get; init; } = 3;

    /// <summary>The significance level of the paired test.</summary>
    public double Alpha { get; init; } = 0.05;

    public bool RunOnNewModelVersion { get; init; } = true;

    /// <summary>The run others are compared with; the first completed run when none is pinned.</summary>
    public string? BaselineRunId { get; init; }

    /// <summary>Items sent to the target at once.</summary>
    public int Concurrency { get; init; } = 4;
    public bool Enabled { get; init; } = true;
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}
