using System.Globalization;

namespace Telltale.Bench.Suites.Ingest;

/// <summary>The server's own commit figures, read from its Prometheus endpoint: how many group commits it made and
/// how long the writer thread spent in them (the single writer is the ceiling of ingest).</summary>
public sealed record ServerCommitStats(long Commits, double CommitSeconds, long RowsCommitted)
{
    public static async Task<ServerCommitStats> ScrapeAsync(HttpClient http)
    {
        var text = await http.GetStringAsync("/metrics");
        return new ServerCommitStats(
            (long)Value(text, "telltale_commit_duration_seconds_count"),
            Value(text, "telltale_commit_duration_seconds_sum"),
            (long)Value(text, "telltale_ingested_rows_total{signal=\"spans\"}"));
    }

    public ServerCommitStats Minus(ServerCommitStats before) =>
        new(Commits - before.Commits, CommitSeconds - before.CommitSeconds, RowsCommitted - before.RowsCommitted);

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
