using System.Diagnostics;

namespace Telltale.Bench.Measurement;

public static class Statistics
{
    /// <summary>Nearest-rank percentile (p in 0..100); NaN when there are no samples.</summary>
    public static double Percentile(IReadOnlyCollection<double> samples, double p)
    {
        if (samples.Count == 0) return double.NaN;
        var sorted = samples.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    public static double Median(IReadOnlyCollection<double> samples) => Percentile(samples, 50);

    /// <summary>Runs <paramref name="action"/> <paramref name="warmups"/> times untimed (JIT, DuckDB caches), then
    /// <paramref name="runs"/> times timed; returns every timed run in milliseconds.</summary>
    public static async Task<List<double>> TimeAsync(Func<Task> action, int warmups, int runs)
    {
        for (var i = 0; i < warmups; i++) await action();
        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await action();
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        return times;
    }
}
