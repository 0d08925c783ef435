using Telltale.Bench.Cli;

namespace Telltale.Bench.Suites.Query;

/// <summary>Options of the query suite (see bench/README.md).</summary>
public sealed record QuerySettings
{
    public int Spans { get; init; } = 5_000_000;
    public int Days { get; init; } = 30;

    /// <summary>Where the store lives; an existing store there with enough spans is reused as is.</summary>
    public string? DataDir { get; init; }
    public int SpansPerWrite { get; init; } = 100_000;
    public int Runs { get; init; } = 5;
    public int Seed { get; init; } = 7;

    public static QuerySettings From(BenchArgs args)
    {
        var settings = new QuerySettings
        {
            Spans = args.Int("spans", 5_000_000),
            Days = args.Int("days", 30),
            DataDir = args.String("data-dir"),
            SpansPerWrite = args.Int("write-batch", 100_000),
            Runs = args.Int("runs", 5),
            Seed = args.Int("seed", 7),
        };
        args.ThrowIfUnused();
        return settings;
    }
}
