namespace Telltale.Core.Evaluation;

/// <summary>
/// What "usual length" means for verbosity: the median answer length of a system's earlier evaluation batches over
/// the last week, weighted by their calls. Judging a batch against itself would hide the change verbosity exists to
/// show (a vendor update that makes every answer 30 % longer makes the batch's own median 30 % longer too); against
/// the past week, the change shows at once and becomes the new normal as the week fills with it.
/// </summary>
public sealed record AnswerLengthHistory(IReadOnlyDictionary<string, IReadOnlyList<AnswerLengthHistory.Batch>> Systems)
{
    public static readonly TimeSpan Horizon = TimeSpan.FromDays(7);

    /// <summary>Evaluation rounds run every 30 s; one entry per hour (168 a week) keeps the setting small and the
    /// whole week in it.</summary>
    private static readonly TimeSpan Slot = TimeSpan.FromHours(1);

    public sealed record Batch(DateTimeOffset Time, double MedianWords, int Calls);

    public static readonly AnswerLengthHistory Empty = new(new Dictionary<string, IReadOnlyList<Batch>>());

    /// <summary>The usual median for a system, or null when it has no history yet.</summary>
    public double? UsualMedian(string system, DateTimeOffset now)
    {
        if (!Systems.TryGetValue(system, out var batches)) return null;
        var recent = batches.Where(b => b.Time > now - Horizon && b.Calls > 0).OrderBy(b => b.MedianWords).ToList();
        if (recent.Count == 0) return null;
        var half = recent.Sum(b => (long)b.Calls) / 2.0;
        long seen = 0;
        foreach (var b in recent)
        {
            seen += b.Calls;
            if (seen >= half) return b.MedianWords;
        }
        return recent[^1].MedianWords;
    }

    /// <summary>This history with a new batch per system added and batches past the horizon dropped. A batch in the
    /// same hour as the system's last one is merged into it: the merged median is the call-weighted mean of the two
    /// medians, an approximation that is exact for the steady traffic a baseline describes.</summary>
    public AnswerLengthHistory With(IReadOnlyDictionary<string, Batch> added, DateTimeOffset now)
    {
        var systems = Systems.ToDictionary(kv => kv.Key, kv => kv.Value.Where(b => b.Time > now - Horizon).ToList());
        foreach (var (system, batch) in added)
        {
            if (!systems.TryGetValue(system, out var list)) systems[system] = list = [];
            if (list.Count > 0 && list[^1] is var last && SlotOf(last.Time) == SlotOf(batch.Time))
            {
                var calls = last.Calls + batch.Calls;
                list[^1] = new Batch(last.Time, (last.MedianWords * last.Calls + batch.MedianWords * batch.Calls) / Math.Max(1, calls), calls);
            }
            else
            {
                list.Add(batch);
            }
        }
        return new AnswerLengthHistory(systems.Where(kv => kv.Value.Count > 0).ToDictionary(kv => kv.Key, kv => (IReadOnlyList<Batch>)kv.Value));
    }

    private static long SlotOf(DateTimeOffset time) => time.UtcTicks / Slot.Ticks;
}
