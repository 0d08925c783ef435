using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Google.Protobuf;
using Telltale.Core.Review.Sampling;
using Telltale.Core.Serialization;
using Telltale.Otlp.Proto.Trace;
using Telltale.Server.Tests.Infrastructure;
using static Telltale.Server.Tests.Infrastructure.OtlpRequests;

namespace Telltale.Server.Tests.Review;

/// <summary>
/// Known traffic for the review queue tests, sent through OTLP: chat turns with a given answer (the refusal evaluator
/// judges them), and RAG turns whose answer is supported by the retrieved documents sentence by sentence (the
/// groundedness evaluator scores them 0, 0.5 or 1). Trace ids are chosen, so a test knows what each item is.
/// </summary>
public static class ReviewTraffic
{
    public const string Refusal = "I'm sorry, but I can't help with that request.";
    public const string Answer = "Your refund was issued to your card today.";

    private const string Document = "Refunds arrive within five business days after approval. Passwords reset through the security settings page.";
    public const string Supported = "Refunds arrive within five business days.";
    public const string AlsoSupported = "Passwords reset through the security settings page.";
    public const string Unsupported = "Purple elephants juggle bright lanterns.";
    public const string AlsoUnsupported = "Dragons guard golden castles nightly.";

    public static string TraceId(int group, int n) => $"{group:x2}{n:x30}";

    /// <summary>When the test traffic starts: five minutes ago, but inside the current sampling week, so one week's target
    /// applies to all of it (only in the first minute of a Monday would that put some of it after now).</summary>
    public static DateTimeOffset Start()
    {
        var now = DateTimeOffset.UtcNow;
        var weekStart = ReviewWeek.StartOf(now).AddSeconds(1);
        return now.AddMinutes(-5) > weekStart ? now.AddMinutes(-5) : weekStart;
    }

    public static Span Chat(string traceId, string answer, DateTimeOffset at)
    {
        var span = ChatSpan(traceId, start: at, userText: "Can you help me with my order?");
        span.Attributes.Add(Attr("gen_ai.output.messages", JsonSerializer.Serialize(new[]
        {
            new { role = "assistant", parts = new[] { new { type = "text", content = answer } }, finish_reason = "stop" },
        })));
        return span;
    }

    /// <summary>A retrieval of one knowledge-base article, then the chat call answering from it.</summary>
    public static IEnumerable<Span> RagTurn(string traceId, string answer, DateTimeOffset at)
    {
        var chat = Chat(traceId, answer, at.AddMilliseconds(200));
        var retrieval = new Span
        {
            TraceId = chat.TraceId, SpanId = ByteString.CopyFrom(Convert.FromHexString($"{traceId[^14..]}01")), Name = "retrieve kb",
            Kind = Span.Types.SpanKind.Internal, StartTimeUnixNano = (ulong)at.ToUnixTimeMilliseconds() * 1_000_000,
            EndTimeUnixNano = (ulong)at.ToUnixTimeMilliseconds() * 1_000_000 + 150_000_000,
            Attributes =
            {
                Attr("openinference.span.kind", "RETRIEVER"), Attr("input.value", "refund timing"),
                Attr("retrieval.documents.0.document.id", "kb-7"), Attr("retrieval.documents.0.document.content", Document),
                Attr("retrieval.documents.0.document.score", "0.88"),
            },
        };
        return [retrieval, chat];
    }

    public static async Task SendAsync(TelltaleTestServer telltale, string system, IEnumerable<Span> spans)
    {
        var response = await telltale.Client.PostAsync("/v1/traces", Protobuf(Traces(system, [.. spans])));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static async Task<JsonElement> SendJsonAsync(TelltaleTestServer telltale, HttpMethod method, string path, object body,
        HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await telltale.Client.SendAsync(new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{method} {path} → {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The problem's detail, after checking its status.</summary>
    public static async Task<string> ProblemAsync(TelltaleTestServer telltale, HttpMethod method, string path, object body, HttpStatusCode expected) =>
        (await SendJsonAsync(telltale, method, path, body, expected)).GetProperty("detail").GetString()!;

    public static async Task RunEvaluatorsAsync(TelltaleTestServer telltale) =>
        Assert.Equal(HttpStatusCode.OK, (await telltale.Client.PostAsync("/api/v1/evaluators/run", null)).StatusCode);

    public static async Task<int> SampleAsync(TelltaleTestServer telltale)
    {
        var response = await telltale.Client.PostAsync("/api/v1/review-queue/sample", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("added").GetInt32();
    }

    public static readonly Dictionary<string, string?> Settings = new()
    {
        ["Telltale:Evaluation:LagSeconds"] = "0",
        ["Telltale:Evaluation:IntervalSeconds"] = "3600",
        ["Telltale:Evaluation:DefaultSampleRate"] = "1",
        ["Telltale:Review:LagSeconds"] = "0",
        ["Telltale:Review:IntervalSeconds"] = "3600",
        ["Telltale:Alerting:EvaluationDelaySeconds"] = "0",
        ["Telltale:Alerting:IntervalSeconds"] = "3600",
        ["Telltale:Alerting:DefaultRules"] = "false",
    };

    public static T Read<T>(JsonElement json) => TelltaleJson.Deserialize<T>(json.GetRawText())!;
}
