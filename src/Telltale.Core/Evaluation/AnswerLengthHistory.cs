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
    private const int MaxBatchesPerSystem = 2_000;

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

    /// <summary>This history with a new batch per system added and batches past the horizon dropped.</summary>
    public AnswerLengthHistory With(IReadOnlyDictionary<string, Batch> added, DateTimeOffset now)
    {
        var systems = Systems.ToDictionary(kv => kv.Key, kv => kv.Value.Where(b => b.Time > now - Horizon).ToList());
        foreach (var (system, batch) in added)
        {
            if (!systems.TryGetValue(system, out var list)) systems[system] = list = [];
            list.Add(batch);
            if (list.Count > MaxBatchesPerSystem) list.RemoveRange(0, list.Count - MaxBatchesPerSystem);
        }
        return new AnswerLengthHistory(systems.Where(kv => kv.Value.Count > 0).ToDictionary(kv => kv.Key, kv => (IReadOnlyList<Batch>)kv.Value));
    }
}
