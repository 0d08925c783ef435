using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Telltale.Server.Tests.Infrastructure.OpenAi;

/// <summary>
/// A local, scripted stand-in for the OpenAI Chat Completions API: real Kestrel on a free loopback port, real HTTP,
/// real OpenAI JSON, so the official SDK runs unmodified against it. It is the only fake in the acceptance tests;
/// it records every request so a test can check what the client actually sent.
/// </summary>
public sealed class OpenAiStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly OpenAiStandInScript _script;
    private readonly ConcurrentQueue<RecordedChatRequest> _requests = new();

    /// <summary>Where to point <c>OpenAIClientOptions.Endpoint</c>: the <c>/v1/</c> root, as on api.openai.com.</summary>
    public Uri Endpoint { get; private set; } = null!;

    public IReadOnlyList<RecordedChatRequest> Requests => [.. _requests];

    private OpenAiStandIn(WebApplication app, OpenAiStandInScript script)
    {
        _app = app;
        _script = script;
    }

    public static async Task<OpenAiStandIn> StartAsync(OpenAiStandInScript script)
    {
        OpenAiStandIn? standIn = null;
        var (app, endpoint) = await LoopbackApp.StartAsync(a => a.MapPost("/v1/chat/completions", (HttpRequest r) => standIn!.ChatCompletionsAsync(r)));
        standIn = new OpenAiStandIn(app, script) { Endpoint = endpoint };
        return standIn;
    }

    private async Task<IResult> ChatCompletionsAsync(HttpRequest request)
    {
        using var body = await JsonDocument.ParseAsync(request.Body);
        var recorded = new RecordedChatRequest(request.Headers.Authorization.ToString(), body.RootElement.Clone());
        _requests.Enqueue(recorded);

        // Streaming is a different wire format (server-sent chunks); answering it with a plain completion would
        // make the SDK fail in a confusing way, so say plainly that it is not scripted.
        if (body.RootElement.TryGetProperty("stream", out var stream) && stream.ValueKind == JsonValueKind.True)
            return Results.Json(ChatCompletionJson.Error("The OpenAI stand-in does not script streaming."), statusCode: StatusCodes.Status400BadRequest);

        var completion = recorded.OffersTools && !recorded.HasToolResult
            ? ChatCompletionJson.ToolCall(_script.RespondingModel, _script.ToolCall)
            : ChatCompletionJson.Answer(_script.RespondingModel, _script.FinalAnswer);
        return Results.Text(completion.ToJsonString(), "application/json");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
