namespace Telltale.Server.Configuration;

/// <summary>Everything configurable, bound from the "Telltale" section (appsettings.json or environment variables
/// such as <c>Telltale__Storage__DataDir</c>) and validated at start-up.</summary>
public sealed class TelltaleOptions
{
    public const string Section = "Telltale";

    /// <summary>Address to listen on. Loopback by default: exposing Telltale is a deliberate choice.</summary>
    public string Host { get; set; } = "127.0.0.1";
    public HttpOptions Http { get; set; } = new();
    public GrpcOptions Grpc { get; set; } = new();
    public StorageOptions Storage { get; set; } = new();
    public BootstrapOptions Bootstrap { get; set; } = new();
    public IngestOptions Ingest { get; set; } = new();
}

public sealed class HttpOptions
{
    /// <summary>OTLP/HTTP, API and UI. 4318 is the OTLP/HTTP default, so SDKs left at their defaults reach Telltale.</summary>
    public int Port { get; set; } = 4318;
}

public sealed class GrpcOptions
{
    /// <summary>OTLP/gRPC, the OpenTelemetry default port. Set to -1 to disable.</summary>
    public int Port { get; set; } = 4317;
}

public sealed class StorageOptions
{
    public string DataDir { get; set; } = "./telltale-data";
    public string FileName { get; set; } = "telltale.duckdb";

    public string FilePath => Path.Combine(DataDir, FileName);
}

public sealed class BootstrapOptions
{
    /// <summary>For automation: seeds this admin key for the default project on first start.</summary>
    public string? ApiKey { get; set; }
    public string ProjectName { get; set; } = "default";

    /// <summary>Dashboard sign-in name of the first account, created on first start.</summary>
    public string AdminUser { get; set; } = "admin";

    /// <summary>For automation: the first account's password. Unset, a random one is generated and printed once.</summary>
    public string? AdminPassword { get; set; }
}

public sealed class IngestOptions
{
    /// <summary>Largest accepted OTLP body after decompression (the OTLP specification recommends 64 MiB).</summary>
    public long MaxBodyBytes { get; set; } = 64L * 1024 * 1024;
    public int MaxPendingItems { get; set; } = 250_000;
    public int MaxItemsPerCommit { get; set; } = 50_000;
    public int RetryAfterSeconds { get; set; } = 2;

    /// <summary>Background analysis that can wait holds back while the writer is busier than this share of the time
    /// (see <c>IngestFirst</c>).</summary>
    public double BackgroundYieldBusyShare { get; set; } = 0.5;

    /// <summary>The longest a background job is held back for ingest before it runs anyway.</summary>
    public int BackgroundMaxDeferralSeconds { get; set; } = 300;
}
