using Telltale.Core.Datasets;
using Telltale.Core.Evaluation.Canary;

namespace Telltale.Web.Services;

/// <summary>One item of a run beside the same item of the baseline run, with the dataset item it answered.</summary>
/// <param name="Item">The dataset item at the run's version; null when the dataset no longer has that version or item.</param>
/// <param name="Baseline">The baseline run's result for the same item; null when it had none or this run is not compared.</param>
public sealed record CanaryItemRow(CanaryItemResult Result, DatasetItem? Item, CanaryItemResult? Baseline)
{
    /// <summary>Scored lower than in the baseline, or not scored now where it was then (the target failed on it).</summary>
    public bool Worse => Baseline?.Score is { } before && (Result.Score is not { } after || after < before);

    /// <summary>The scorers that gave this item less than the baseline did.</summary>
    public IReadOnlyList<string> WorseScorers =>
        Result.Scores.Where(s => BaselineScore(s.Key) is { } before && s.Value < before).Select(s => s.Key).Order().ToList();

    public double? BaselineScore(string scorer) => Baseline is not null && Baseline.Scores.TryGetValue(scorer, out var before) ? before : null;

    /// <summary>Pairs items by id, as the comparison does.</summary>
    public static IReadOnlyList<CanaryItemRow> For(CanaryRun run, CanaryRun? baseline, IReadOnlyList<DatasetItem> items)
    {
        var inputs = items.ToDictionary(i => i.Id);
        var before = baseline is null || baseline.Id == run.Id ? [] : baseline.Items.ToDictionary(i => i.ItemId);
        return run.Items.Select(r => new CanaryItemRow(r, inputs.GetValueOrDefault(r.ItemId), before.GetValueOrDefault(r.ItemId))).ToList();
    }
}
