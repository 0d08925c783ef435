using System.Globalization;

namespace Telltale.Bench.Suites.Ingest;

/// <summary>The server's own commit figures, read from its Prometheus endpoint: how many group commits it made and
/// how long the writer thread spent in them (the single writer is the ceiling of ingest), and how long background
/// analysis waited for ingest (finished waits only).</summary>
public sealed record ServerCommitStats(long Commits, double CommitSeconds, long RowsCommitted, double BackgroundDeferredSeconds)
{
    public static async Task<ServerCommitStats> ScrapeAsync(HttpClient http)
    {
        var text = await http.GetStringAsync("/metrics");
        return new ServerCommitStats(
            (long)Value(text, "telltale_commit_duration_seconds_count"),
            Value(text, "telltale_commit_duration_seconds_sum"),
            (long)Value(text, "telltale_ingested_rows_total{signal=\"spans\"}"),
            SumOf(text, "telltale_background_deferred_seconds_total{"));
    }

    public ServerCommitStats Minus(ServerCommitStats before) =>
        new(Commits - before.Commits, CommitSeconds - before.CommitSeconds, RowsCommitted - before.RowsCommitted,
            BackgroundDeferredSeconds - before.BackgroundDeferredSeconds);

    private static double SumOf(string exposition, string seriesPrefix)
    {
        double sum = 0;
        foreach (var line in exposition.Split('\n'))
        {
            if (line.StartsWith(seriesPrefix, StringComparison.Ordinal))
                sum += double.Parse(line[(line.LastIndexOf(' ') + 1)..].Trim(), CultureInfo.InvariantCulture);
        }
        return sum;
    }

    private static double Value(string exposition, string series)
    {
        foreach (var line in exposition.Split('\n'))
        {
            if (line.StartsWith(series + " ", StringComparison.Ordinal))
                return double.Parse(line[(series.Length + 1)..].Trim(), CultureInfo.InvariantCulture);
        }
        return 0;
    }
}
