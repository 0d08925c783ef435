using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Telltale.Simulation.Canary;

namespace Telltale.Cli.Demo;

/// <summary>
/// The simulated Acme Support model behind an OpenAI-compatible chat completions endpoint on a free loopback port,
/// so the demo's and the benchmark's canaries call it through Telltale's real LLM client, as they would call OpenAI.
/// </summary>
public sealed class SimulatedModelServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    public Uri Endpoint { get; }
    public SimulatedSupportModel Model { get; }

    private SimulatedModelServer(WebApplication app, Uri endpoint, SimulatedSupportModel model)
    {
        _app = app;
        Endpoint = endpoint;
        Model = model;
    }

    public static async Task<SimulatedModelServer> StartAsync(SimulatedSupportModel model, CancellationToken ct)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapPost("/v1/chat/completions", async (HttpRequest request) =>
        {
            using var body = await JsonDocument.ParseAsync(request.Body);
            var messages = body.RootElement.GetProperty("messages").EnumerateArray()
                .Select(m => (m.GetProperty("role").GetString()!, Text(m.GetProperty("content")))).ToList();
            var reply = model.Complete(body.RootElement.GetProperty("model").GetString()!, messages);
            return Results.Text(Completion(reply).ToJsonString(), "application/json");
        });
        await app.StartAsync(ct);
        var bound = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new SimulatedModelServer(app, new Uri(new Uri(bound), "/v1/"), model);
    }

    private static string Text(JsonElement content) => content.ValueKind == JsonValueKind.String
        ? content.GetString()!
        : string.Concat(content.EnumerateArray().Select(p => p.TryGetProperty("text", out var t) ? t.GetString() : ""));

    /// <summary>OpenAI's non-streaming <c>chat.completion</c> object.</summary>
    private static JsonObject Completion(SimulatedSupportModel.Reply reply) => new()
    {
        ["id"] = $"chatcmpl-{Guid.NewGuid():N}",
        ["object"] = "chat.completion",
        ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        ["model"] = reply.Model,
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = reply.Text },
            ["finish_reason"] = "stop",
        }),
        ["usage"] = new JsonObject
        {
            ["prompt_tokens"] = reply.InputTokens,
            ["completion_tokens"] = reply.OutputTokens,
            ["total_tokens"] = reply.InputTokens + reply.OutputTokens,
        },
    };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
