using System.ClientModel;
using System.ClientModel.Primitives;
using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.AI;
using OpenAI;
using Telltale.Core.Evaluation.Llm;

namespace Telltale.Server.Evaluation.Llm;

/// <summary>
/// Chat completions against any OpenAI-compatible endpoint (OpenAI, Azure OpenAI's v1 API, vLLM, Ollama, LiteLLM, …)
/// through the official OpenAI SDK behind Microsoft.Extensions.AI's IChatClient. The SDK retries 429 and 5xx with
/// backoff; what still fails comes back as an error, never as an exception.
/// </summary>
public sealed class OpenAiCompatibleClient(TimeProvider time) : ILlmClient
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private const int Retries = 2;

    private readonly ConcurrentDictionary<(Uri, string?, string), IChatClient> _clients = new();

    public async Task<LlmCompletion> CompleteAsync(LlmConnection connection, LlmRequest request, CancellationToken ct)
    {
        var started = time.GetUtcNow();
        var watch = Stopwatch.StartNew();
        try
        {
            var client = _clients.GetOrAdd((connection.BaseUrl, connection.ApiKey, request.Model), key => Create(key.Item1, key.Item2, key.Item3));
            var messages = request.Messages.Select(m => new ChatMessage(new ChatRole(m.Role), m.Content)).ToList();
            var response = await client.GetResponseAsync(messages,
                new ChatOptions { Temperature = (float?)request.Temperature, MaxOutputTokens = request.MaxOutputTokens }, ct);
            return new LlmCompletion
            {
                Text = response.Text,
                ResponseModel = response.ModelId,
                InputTokens = response.Usage?.InputTokenCount,
                OutputTokens = response.Usage?.OutputTokenCount,
                FinishReason = response.FinishReason?.Value,
                StartedAt = started,
                Duration = watch.Elapsed,
            };
        }
        // The SDK's retry policy gives up with an AggregateException of its attempts; the last one says most.
        catch (AggregateException ex) when (ex.InnerExceptions.LastOrDefault() is { } last && IsCallFailure(last, ct))
        {
            return new LlmCompletion { StartedAt = started, Duration = watch.Elapsed, Error = Describe(connection, last) };
        }
        catch (Exception ex) when (IsCallFailure(ex, ct))
        {
            return new LlmCompletion { StartedAt = started, Duration = watch.Elapsed, Error = Describe(connection, ex) };
        }
    }

    private static bool IsCallFailure(Exception ex, CancellationToken ct) =>
        ex is ClientResultException or HttpRequestException || (ex is TaskCanceledException && !ct.IsCancellationRequested);

    private static IChatClient Create(Uri baseUrl, string? apiKey, string model) =>
        new OpenAI.Chat.ChatClient(model, new ApiKeyCredential(string.IsNullOrEmpty(apiKey) ? "none" : apiKey), new OpenAIClientOptions
        {
            Endpoint = baseUrl,
            NetworkTimeout = Timeout,
            RetryPolicy = new ClientRetryPolicy(Retries),
        }).AsIChatClient();

    private static string Describe(LlmConnection connection, Exception ex) => ex switch
    {
        ClientResultException { Status: > 0 } http => $"{connection.Name} answered HTTP {http.Status}: {First(http.Message)}",
        TaskCanceledException => $"{connection.Name} did not answer within {Timeout.TotalSeconds:0} s.",
        _ => $"{connection.Name} could not be reached: {First(ex.Message)}",
    };

    private static string First(string message) => message.Split('\n')[0].Trim();
}
