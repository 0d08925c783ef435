using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Google.Protobuf;
using Telltale.Otlp.Proto.Collector.Trace;
using Telltale.Simulation.Model;

namespace Telltale.Simulation.Emission;

/// <summary>
/// What the simulator sends to Telltale over HTTP, with an ingest (or admin) key: OTLP protobuf trace requests,
/// feedback and change events. A 503 (Telltale's write queue is full) is retried after its Retry-After, as an OTLP
/// exporter does.
/// </summary>
public sealed class TelltaleClient : IDisposable
{
    private const int MaxAttempts = 8;
    private readonly HttpClient _http;

    public Uri Target { get; }
    public string Key { get; }

    public TelltaleClient(Uri target, string key)
    {
        Target = target;
        Key = key;
        _http = new HttpClient { BaseAddress = target, Timeout = TimeSpan.FromSeconds(100) };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
    }

    public Task PostTracesAsync(ExportTraceServiceRequest request, CancellationToken ct)
    {
        var body = request.ToByteArray();
        return SendAsync(() =>
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/x-protobuf");
            return new HttpRequestMessage(HttpMethod.Post, "v1/traces") { Content = content };
        }, ct);
    }

    public Task PostFeedbackAsync(FeedbackEvent feedback, CancellationToken ct) => PostJsonAsync("api/v1/feedback", FeedbackJson(feedback), ct);

    /// <summary>Many at once (the backfill): one request and one transaction per batch.</summary>
    public Task PostFeedbackBatchAsync(IEnumerable<FeedbackEvent> feedback, CancellationToken ct) =>
        PostJsonAsync("api/v1/feedback/batch", new JsonArray(feedback.Select(f => (JsonNode)FeedbackJson(f)).ToArray()), ct);

    private static JsonObject FeedbackJson(FeedbackEvent feedback)
    {
        var body = new JsonObject
        {
            ["kind"] = feedback.Kind,
            ["traceId"] = feedback.Trace?.SentTraceId,
            ["sessionId"] = feedback.SessionId,
            ["userId"] = feedback.UserId,
            ["system"] = feedback.System,
            ["comment"] = feedback.Comment,
            ["time"] = feedback.Time,
        };
        body["value"] = feedback.Value switch
        {
            null => null,
            string s => s,
            double d => d,
            bool b => b,
            _ => feedback.Value.ToString(),
        };
        return body;
    }

    public Task PostChangeAsync(ChangeEvent change, CancellationToken ct) => PostJsonAsync("api/v1/changes", new JsonObject
    {
        ["kind"] = change.Kind,
        ["title"] = change.Title,
        ["system"] = change.System,
        ["description"] = change.Description,
        ["time"] = change.Time,
    }, ct);

    /// <summary>Gives Telltale the support assistant's intents and their examples; false when the key may not
    /// (configuring needs the admin scope).</summary>
    public async Task<bool> PutIntentsAsync(IReadOnlyDictionary<string, string[]> examples, string system, CancellationToken ct)
    {
        var body = new JsonObject
        {
            ["intents"] = new JsonArray(examples.Select(e => (JsonNode)new JsonObject
            {
                ["name"] = e.Key,
                ["examples"] = new JsonArray(e.Value.Select(x => (JsonNode)JsonValue.Create(x)).ToArray()),
            }).ToArray()),
            ["systems"] = new JsonArray(JsonValue.Create(system)),
        };
        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await _http.PutAsync("api/v1/intents", content, ct);
        if (response.StatusCode is HttpStatusCode.Forbidden) return false;
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"PUT api/v1/intents answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
        return true;
    }

    /// <summary>Sends a JSON request to the API and returns the answer's status and document (null when empty); the
    /// caller decides what a non-2xx means (a 409 for something that exists may be fine).</summary>
    public async Task<(HttpStatusCode Status, JsonDocument? Body)> SendJsonAsync(HttpMethod method, string path, JsonNode? body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null) request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await _http.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        return (response.StatusCode, text.Length == 0 ? null : JsonDocument.Parse(text));
    }

    /// <summary>GET a JSON document from the API (the benchmark reads alerts this way).</summary>
    public async Task<JsonDocument> GetJsonAsync(string path, CancellationToken ct)
    {
        using var response = await _http.GetAsync(path, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"GET {path} answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text);
    }

    private Task PostJsonAsync(string path, JsonNode body, CancellationToken ct)
    {
        var json = body.ToJsonString();
        return SendAsync(() => new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") }, ct);
    }

    private async Task SendAsync(Func<HttpRequestMessage> request, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var message = request();
            using var response = await _http.SendAsync(message, ct);
            if (response.IsSuccessStatusCode) return;
            var retryable = response.StatusCode is HttpStatusCode.ServiceUnavailable or HttpStatusCode.TooManyRequests;
            if (!retryable || attempt == MaxAttempts)
            {
                var text = await response.Content.ReadAsStringAsync(ct);
                throw new HttpRequestException($"{message.Method} {message.RequestUri} answered {(int)response.StatusCode}: {text}", null, response.StatusCode);
            }
            var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromMilliseconds(200 * attempt);
            await Task.Delay(wait, ct);
        }
    }

    public void Dispose() => _http.Dispose();
}
