using System.Collections.Concurrent;
using System.Net;
using Google.Protobuf;
using Telltale.Server.Tests.Infrastructure;
using Telltale.Storage.DuckDb;

namespace Telltale.Server.Tests;

/// <summary>A 2xx on ingest means the data is durable: proven by killing the server with SIGKILL mid-ingest.</summary>
public class CrashDurabilityTests
{
    private const string AdminKey = "tt_crash_test_admin_key_0123";

    [Fact]
    public async Task Every_acknowledged_span_survives_a_SIGKILL_during_sustained_ingest()
    {
        var dataDir = Directory.CreateTempSubdirectory("telltale-crash-").FullName;
        var acknowledged = new ConcurrentBag<string>();
        var first = await TelltaleProcess.StartAsync(dataDir, AdminKey);
        using var stop = new CancellationTokenSource();

        var senders = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            using var client = new HttpClient { BaseAddress = first.HttpAddress, Timeout = TimeSpan.FromSeconds(30) };
            client.DefaultRequestHeaders.Authorization = new("Bearer", AdminKey);
            while (!stop.IsCancellationRequested)
            {
                var spans = Enumerable.Range(0, 50).Select(_ => OtlpRequests.ChatSpan()).ToArray();
                try
                {
                    var response = await client.PostAsync("/v1/traces", OtlpRequests.Protobuf(OtlpRequests.Traces("crash-svc", spans)));
                    if (response.StatusCode == HttpStatusCode.OK)
                        foreach (var s in spans) acknowledged.Add(Convert.ToHexStringLower(s.SpanId.Span));
                }
                catch (HttpRequestException)
                {
                    return; // the server is gone: whatever was not acknowledged may be lost
                }
            }
        })).ToArray();

        // Sustained ingest first, then the kill while requests are in flight.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (acknowledged.Count < 5_000 && DateTime.UtcNow < deadline) await Task.Delay(50);
        first.KillHard();
        stop.Cancel();
        await Task.WhenAll(senders);
        Assert.True(acknowledged.Count >= 5_000, $"only {acknowledged.Count} spans were acknowledged before the kill");

        // Restart on the same folder (DuckDB replays its write-ahead log), check it serves, then stop it cleanly.
        using (var second = await TelltaleProcess.StartAsync(dataDir, AdminKey))
        {
            using var client = new HttpClient { BaseAddress = second.HttpAddress };
            client.DefaultRequestHeaders.Authorization = new("Bearer", AdminKey);
            Assert.Contains("crash-svc", await client.GetStringAsync("/api/v1/systems"));
            second.Stop();
        }

        var stored = StoredSpanIds(dataDir);
        var missing = acknowledged.Where(id => !stored.Contains(id)).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} of {acknowledged.Count} acknowledged spans are missing after the crash");
        Directory.Delete(dataDir, recursive: true);
    }

    private static HashSet<string> StoredSpanIds(string dataDir)
    {
        using var database = new DuckDbDatabase(Path.Combine(dataDir, "telltale.duckdb"));
        using var connection = database.OpenConnection();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT span_id FROM spans";
        using var reader = cmd.ExecuteReader();
        var ids = new HashSet<string>();
        while (reader.Read()) ids.Add(reader.GetString(0));
        return ids;
    }
}
