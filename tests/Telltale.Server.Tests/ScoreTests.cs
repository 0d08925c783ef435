using System.Net;
using System.Net.Http.Json;
using Telltale.Core.Scores;
using Telltale.Otlp.Proto.Collector.Logs;
using Telltale.Otlp.Proto.Common;
using Telltale.Otlp.Proto.Logs;
using Telltale.Otlp.Proto.Trace;
using Telltale.Server.Tests.Infrastructure;
using static Telltale.Server.Tests.Infrastructure.OtlpRequests;

namespace Telltale.Server.Tests;

/// <summary>Scores through the API, and OpenTelemetry gen_ai.evaluation.result events ingested as scores.</summary>
public class ScoreTests
{
    [Fact]
    public async Task Numeric_categorical_and_boolean_scores_are_stored_against_their_trace()
    {
        await using var telltale = await TelltaleTestServer.StartAsync();
        const string traceId = "5b8efff798038103d269b633813fc60c";

        var numeric = await telltale.Client.PostAsJsonAsync("/api/v1/scores", new { traceId, name = "helpfulness", value = 0.8 });
        var label = await telltale.Client.PostAsJsonAsync("/api/v1/scores", new { traceId, name = "tone", value = "polite", source = "annotation" });
        var flag = await telltale.Client.PostAsJsonAsync("/api/v1/scores", new { traceId, name = "resolved", value = true });
        var bad = await telltale.Client.PostAsJsonAsync("/api/v1/scores", new { traceId, name = "x", value = 1, dataType = "boolean" });

        Assert.All([numeric, label, flag], r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var scores = await telltale.GetAsync<List<ScoreRecord>>($"/api/v1/scores?range=1h&traceId={traceId}");
        Assert.Equal(0.8, scores.Single(s => s.Name == "helpfulness").NumericValue);
        Assert.Equal(("categorical", "polite", "annotation"), scores.Where(s => s.Name == "tone").Select(s => (s.DataType, s.StringValue, s.Source)).Single());
        Assert.Equal(("boolean", 1.0), scores.Where(s => s.Name == "resolved").Select(s => (s.DataType, s.NumericValue!.Value)).Single());
    }

    [Fact]
    public async Task Evaluation_result_events_on_spans_and_in_logs_become_scores()
    {
        await using var telltale = await TelltaleTestServer.StartAsync();
        // Started a minute ago, so the evaluation (timed at the span's end) is inside "the last hour" when queried.
        var span = ChatSpan(start: DateTimeOffset.UtcNow.AddMinutes(-1));
        span.Events.Add(new Span.Types.Event
        {
            Name = "gen_ai.evaluation.result",
            TimeUnixNano = span.EndTimeUnixNano,
            Attributes = { Attr("gen_ai.evaluation.name", "relevance"), new KeyValue { Key = "gen_ai.evaluation.score.value", Value = new AnyValue { DoubleValue = 0.92 } } },
        });
        await telltale.Client.PostAsync("/v1/traces", Protobuf(Traces("svc", span)));
        var logs = new ExportLogsServiceRequest
        {
            ResourceLogs =
            {
                new ResourceLogs
                {
                    ScopeLogs =
                    {
                        new ScopeLogs
                        {
                            LogRecords =
                            {
                                new LogRecord
                                {
                                    EventName = "gen_ai.evaluation.result", TraceId = span.TraceId, SpanId = span.SpanId,
                                    TimeUnixNano = span.EndTimeUnixNano,
                                    Attributes = { Attr("gen_ai.evaluation.name", "toxicity"), Attr("gen_ai.evaluation.score.label", "none"),
                                        Attr("gen_ai.evaluation.explanation", "No harmful content.") },
                                },
                            },
                        },
                    },
                },
            },
        };
        Assert.Equal(HttpStatusCode.OK, (await telltale.Client.PostAsync("/v1/logs", Protobuf(logs))).StatusCode);

        var traceId = Convert.ToHexStringLower(span.TraceId.Span);
        var scores = await telltale.GetAsync<List<ScoreRecord>>($"/api/v1/scores?range=1h&traceId={traceId}");
        var relevance = scores.Single(s => s.Name == "relevance");
        Assert.Equal((0.92, "otel", Convert.ToHexStringLower(span.SpanId.Span)), (relevance.NumericValue!.Value, relevance.Source, relevance.SpanId!));
        var toxicity = scores.Single(s => s.Name == "toxicity");
        Assert.Equal(("categorical", "none", "No harmful content."), (toxicity.DataType, toxicity.StringValue!, toxicity.Comment!));
    }
}
