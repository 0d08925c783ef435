using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace Telltale.Server.Tests.Infrastructure;

/// <summary>A real HTTP server on loopback standing in for Slack, PagerDuty, Teams or a webhook consumer: it records
/// every POST (path, headers, body) and can be told to fail the first requests of a path.</summary>
public sealed class RecordingReceiver : IAsyncDisposable
{
    public sealed record Received(string Path, IReadOnlyDictionary<string, string> Headers, string Body)
    {
        public JsonElement Json => JsonDocument.Parse(Body).RootElement;
    }

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Received> _received = new();
    private readonly ConcurrentDictionary<string, int> _failuresLeft = new();

    public Uri Address { get; private set; } = null!;

    private RecordingReceiver(WebApplication app) => _app = app;

    public static async Task<RecordingReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0, l => l.Protocols = HttpProtocols.Http1));
        var app = builder.Build();
        var receiver = new RecordingReceiver(app);
        app.MapPost("/{**path}", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            var path = http.Request.Path.Value!;
            if (receiver._failuresLeft.TryGetValue(path, out var left) && left > 0)
            {
                receiver._failuresLeft[path] = left - 1;
                return Results.StatusCode(500);
            }
            receiver._received.Enqueue(new Received(path, http.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString()), body));
            return Results.Accepted();
        });
        await app.StartAsync();
        receiver.Address = new Uri(app.Urls.First());
        return receiver;
    }

    public Uri Url(string path) => new(Address, path);

    public void FailNext(string path, int times) => _failuresLeft[path] = times;

    public IReadOnlyList<Received> At(string path) => _received.Where(r => r.Path == path).ToList();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
