using Telltale.Bench.Cli;

namespace Telltale.Bench.Suites.Ingest;

/// <summary>Options of the ingest suite (see bench/README.md).</summary>
public sealed record IngestSettings
{
    /// <summary>Spans in the measured run; each generated body is sent once.</summary>
    public int Spans { get; init; } = 300_000;
    public int SpansPerRequest { get; init; } = 500;
    public int Clients { get; init; } = 4;

    /// <summary>When above zero, run for this many seconds instead, cycling over the bodies (ids then repeat).</summary>
    public double DurationSeconds { get; init; }

    /// <summary>Requests sent before measuring, cycling over <see cref="WarmupBodies"/> distinct bodies. Long enough for
    /// tiered JIT compilation to settle: with 40 requests it still took ~16 % of the CPU of the measured run, work a
    /// running server has long done (and that the raw baseline, run afterwards in the same process, never pays).</summary>
    public int WarmupRequests { get; init; } = 400;

    public const int WarmupBodies = 40;

    /// <summary>Requests per DuckDB commit in the raw baseline; by default the number of clients, since with N
    /// clients each waiting for its acknowledgement at most N requests can share one group commit.</summary>
    public int RawGroup { get; init; }
    public int Seed { get; init; } = 42;
    public bool SkipRaw { get; init; }

    /// <summary>End-to-end run and raw baseline, alternated this many times; the verdicts use the medians. On a
    /// shared 2-core machine one pair swings by ±15 % from run to run, while a pair run back to back moves together.</summary>
    public int Rounds { get; init; } = 3;

    /// <summary>Only the raw baseline and its stage table, for tuning the store without the server.</summary>
    public bool RawOnly { get; init; }
    public string? KeepDataDir { get; init; }

    public const double TargetRatioToRaw = 0.7;
    public const double TargetSpansPerSecond = 30_000;

    public static IngestSettings From(BenchArgs args)
    {
        var settings = new IngestSettings
        {
            Spans = args.Int("spans", 300_000),
            SpansPerRequest = args.Int("batch", 500),
            Clients = args.Int("clients", 4),
            DurationSeconds = args.Double("duration", 0),
            WarmupRequests = args.Int("warmup", 400),
            RawGroup = args.Int("raw-group", 0),
            Seed = args.Int("seed", 42),
            SkipRaw = args.Flag("skip-raw"),
            Rounds = args.Int("rounds", 3),
            RawOnly = args.Flag("raw-only"),
            KeepDataDir = args.String("keep-data"),
        };
        args.ThrowIfUnused();
        if (settings.Rounds < 1) throw new BenchArgsException("--rounds must be at least 1");
        return settings with { RawGroup = settings.RawGroup > 0 ? settings.RawGroup : settings.Clients };
    }
}
