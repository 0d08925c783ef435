using System.Diagnostics;
using System.Globalization;
using Telltale.Bench.Generation;
using Telltale.Bench.Reporting;
using Telltale.Core.Querying;
using Telltale.Core.Storage;
using Telltale.Storage.DuckDb;

namespace Telltale.Bench.Suites.Query;

/// <summary>Fills a store with generated spans straight through <see cref="DuckDbTelemetryWriter"/> in large batches,
/// ending now; tops up an existing store that has fewer spans than asked.</summary>
public static class QueryStoreBuilder
{
    public const string ProjectId = "bench";

    /// <summary>The shared large store, built or topped up as needed, with its size and "now" (just after its newest span).</summary>
    public static (DuckDbDatabase Database, long Spans, DateTimeOffset Now) Open(QuerySettings settings)
    {
        var dataDir = settings.DataDir ?? Path.Combine(Path.GetTempPath(), "telltale-bench-query");
        var database = new DuckDbDatabase(Path.Combine(dataDir, "telltale.duckdb"));
        EnsureSpans(database, settings);
        return (database, CountSpans(database), NewestStart(database).AddSeconds(1));
    }

    public static void EnsureSpans(DuckDbDatabase database, QuerySettings settings)
    {
        var existing = CountSpans(database);
        var missing = settings.Spans - existing;
        if (missing <= 0)
        {
            Console.WriteLine($"reusing store: {Format.Count(existing)} spans");
            return;
        }

        Console.WriteLine($"building store: {Format.Count(missing)} spans over {settings.Days} days ({Format.Count(existing)} already there) …");
        // A bulk load: checkpoint once at the end rather than every 16 MB of WAL, which would rewrite the growing
        // row group again and again. This is a connection-independent (global) setting, restored afterwards.
        Execute(database, "SET checkpoint_threshold = '1GB'");
        var started = Stopwatch.GetTimestamp();
        var generator = new AiSpanGenerator(settings.Seed + (int)(existing % 1000));
        var traces = (missing + AiSpanGenerator.SpansPerTrace - 1) / AiSpanGenerator.SpansPerTrace;
        var end = UnixNanos.From(DateTimeOffset.UtcNow);
        var window = TimeSpan.FromDays(settings.Days).Ticks * 100;
        var spacing = window / traces;

        using var writer = new DuckDbTelemetryWriter(database);
        var batch = new TelemetryBatch(ProjectId);
        long written = 0;
        for (long trace = 0; trace < traces; trace++)
        {
            generator.AddTrace(end - window + trace * spacing, batch.Spans);
            if (batch.Spans.Count < settings.SpansPerWrite && trace < traces - 1) continue;
            writer.Write([batch]);
            written += batch.Spans.Count;
            batch = new TelemetryBatch(ProjectId);
            if (written % 1_000_000 < settings.SpansPerWrite)
                Console.WriteLine($"  {Format.Count(written)} spans, {Format.Rate(written / Stopwatch.GetElapsedTime(started).TotalSeconds)}");
        }
        Execute(database, "CHECKPOINT");
        Execute(database, "RESET checkpoint_threshold");
        Console.WriteLine($"built {Format.Count(written)} spans in {Format.Seconds(Stopwatch.GetElapsedTime(started))} " +
                          $"({Format.Rate(written / Stopwatch.GetElapsedTime(started).TotalSeconds)}, generation included)");
    }

    public static long CountSpans(DuckDbDatabase database) => Convert.ToInt64(Scalar(database, "SELECT count(*) FROM spans"), CultureInfo.InvariantCulture);

    /// <summary>The newest span start: queries look back from there, so a reused store still has "the last 24 h".</summary>
    public static DateTimeOffset NewestStart(DuckDbDatabase database) =>
        UnixNanos.ToDateTimeOffset(Convert.ToInt64(Scalar(database, "SELECT max(start_ns) FROM spans"), CultureInfo.InvariantCulture));

    private static object? Scalar(DuckDbDatabase database, string sql)
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void Execute(DuckDbDatabase database, string sql) => Scalar(database, sql);
}
