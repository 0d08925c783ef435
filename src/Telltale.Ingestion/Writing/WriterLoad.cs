namespace Telltale.Ingestion.Writing;

/// <summary>
/// How hard ingest is pushing storage right now: the share of recent wall time the writer thread spent committing.
/// Background analysis (evaluators, intent tagging, review sampling) reads it to step aside while ingest needs the
/// CPU; in a profile of a 2-core ingest burst, an evaluation round and its queries (decompressing stored content)
/// took about a tenth of all CPU samples.
/// </summary>
/// <remarks>Per-second buckets over the last <see cref="MaxWindowSeconds"/> seconds; a commit counts in the second
/// it ended (commits last milliseconds, so the skew is small).</remarks>
public sealed class WriterLoad(TimeProvider time)
{
    public const int MaxWindowSeconds = 60;

    private readonly long[] _bucketSecond = new long[MaxWindowSeconds];
    private readonly double[] _bucketBusySeconds = new double[MaxWindowSeconds];
    private readonly Lock _gate = new();

    public void RecordCommit(TimeSpan busy)
    {
        var second = time.GetUtcNow().ToUnixTimeSeconds();
        var index = (int)(second % MaxWindowSeconds);
        lock (_gate)
        {
            if (_bucketSecond[index] != second)
            {
                _bucketSecond[index] = second;
                _bucketBusySeconds[index] = 0;
            }
            _bucketBusySeconds[index] += busy.TotalSeconds;
        }
    }

    /// <summary>Share (0–1) of the last <paramref name="window"/> the writer was committing: the whole seconds of
    /// the window before the current one, plus the current second so far.</summary>
    public double BusyFraction(TimeSpan window)
    {
        var seconds = Math.Clamp((int)Math.Ceiling(window.TotalSeconds), 1, MaxWindowSeconds - 1);
        var now = time.GetUtcNow();
        var current = now.ToUnixTimeSeconds();
        var covered = seconds + now.Millisecond / 1000.0;
        double busy = 0;
        lock (_gate)
        {
            for (var i = 0; i < MaxWindowSeconds; i++)
                if (_bucketSecond[i] >= current - seconds && _bucketSecond[i] <= current) busy += _bucketBusySeconds[i];
        }
        return Math.Min(1.0, busy / covered);
    }
}
