using System.Net.Http.Headers;
using System.Net.Http.Json;
using Telltale.Core.Serialization;

namespace Telltale.Server.Tests.Infrastructure;

/// <summary>
/// The real Telltale server (the same composition root the CLI runs) on free loopback ports, over a real DuckDB
/// file in a fresh temporary folder, with a known admin key.
/// </summary>
public sealed class TelltaleTestServer : IAsyncDisposable
{
    public const string AdminKey = "tt_test_admin_key_0123456789";
    public const string AdminUser = "admin";
    public const string AdminPassword = "test-admin-password-0123";

    public TelltaleServer Server { get; }
    public string DataDir { get; }
    public HttpClient Client { get; }

    private readonly bool _keepData;

    private TelltaleTestServer(TelltaleServer server, string dataDir, bool keepData)
    {
        Server = server;
        DataDir = dataDir;
        _keepData = keepData;
        Client = CreateClient(AdminKey);
    }

    /// <param name="keepData">Leave the data folder in place on dispose, for a test that restarts on it.</param>
    public static async Task<TelltaleTestServer> StartAsync(IDictionary<string, string?>? settings = null, string? dataDir = null, bool keepData = false)
    {
        dataDir ??= Directory.CreateTempSubdirectory("telltale-test-").FullName;
        var config = new Dictionary<string, string?>
        {
            ["Telltale:Http:Port"] = "0",
            ["Telltale:Grpc:Port"] = "0",
            ["Telltale:Storage:DataDir"] = dataDir,
            ["Telltale:Bootstrap:ApiKey"] = AdminKey,
            ["Telltale:Bootstrap:AdminPassword"] = AdminPassword,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>()) config[k] = v;
        var server = TelltaleServer.Create([], config);
        try
        {
            await server.StartAsync();
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
        return new TelltaleTestServer(server, dataDir, keepData);
    }

    public Uri HttpAddress => Server.HttpAddress;
    public Uri GrpcAddress => Server.GrpcAddress!;

    public HttpClient CreateClient(string? apiKey)
    {
        var client = new HttpClient { BaseAddress = HttpAddress };
        if (apiKey is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        return client;
    }

    /// <summary>GET a JSON API response, failing with the body when the status is not 2xx.</summary>
    public async Task<T> GetAsync<T>(string path)
    {
        var response = await Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path} → {(int)response.StatusCode}: {body}");
        return TelltaleJson.Deserialize<T>(body)!;
    }

    /// <summary>Polls until the condition holds; OTLP SDK exporters send asynchronously.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var value = await probe();
            if (done(value) || DateTime.UtcNow > deadline) return value;
            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.StopAsync();
        await Server.DisposeAsync();
        if (!_keepData)
            try { Directory.Delete(DataDir, recursive: true); } catch (IOException) { }
    }
}
