using Telltale.Server;

namespace Telltale.Bench.Suites.Ingest;

/// <summary>The real server (the CLI's composition root) on free loopback ports over a DuckDB file in a temporary
/// folder, with a known admin key; as in the server tests.</summary>
public sealed class BenchServer : IAsyncDisposable
{
    public const string ApiKey = "tt_bench_admin_key_0123456789";

    private readonly bool _deleteDataDir;

    public TelltaleServer Server { get; }
    public string DataDir { get; }

    private BenchServer(TelltaleServer server, string dataDir, bool deleteDataDir)
    {
        Server = server;
        DataDir = dataDir;
        _deleteDataDir = deleteDataDir;
    }

    public static async Task<BenchServer> StartAsync(string? keepDataDir)
    {
        var dataDir = keepDataDir ?? Directory.CreateTempSubdirectory("telltale-bench-").FullName;
        var server = TelltaleServer.Create([], new Dictionary<string, string?>
        {
            ["Telltale:Http:Port"] = "0",
            ["Telltale:Grpc:Port"] = "-1",
            ["Telltale:Storage:DataDir"] = dataDir,
            ["Telltale:Bootstrap:ApiKey"] = ApiKey,
            ["Logging:LogLevel:Default"] = "Warning",
        });
        await server.StartAsync();
        return new BenchServer(server, dataDir, deleteDataDir: keepDataDir is null);
    }

    public async ValueTask DisposeAsync()
    {
        await Server.StopAsync();
        await Server.DisposeAsync();
        if (_deleteDataDir)
        {
            try { Directory.Delete(DataDir, recursive: true); } catch (IOException) { }
        }
    }
}
