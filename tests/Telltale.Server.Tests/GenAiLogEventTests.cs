using System.Net;
using Google.Protobuf;
using Telltale.Core.Querying;
using Telltale.Otlp.Proto.Collector.Logs;
using Telltale.Otlp.Proto.Common;
using Telltale.Otlp.Proto.Logs;
using Telltale.Otlp.Proto.Resource;
using Telltale.Server.Tests.Infrastructure;
using static Telltale.Server.Tests.Infrastructure.OtlpRequests;

namespace Telltale.Server.Tests;

/// <summary>GenAI events sent as OTLP log records (the ≤1.36 conventions, Python contrib) are attached to their span.</summary>
public class GenAiLogEventTests
{
    [Fact]
    public async Task Message_events_logged_separately_become_the_messages_of_their_span()
    {
        await using var telltale = await TelltaleTestServer.StartAsync();
        var span = ChatSpan();
        span.Attributes.Remove(span.Attributes.Single(a => a.Key == "gen_ai.input.messages"));
        Assert.Equal(HttpStatusCode.OK, (await telltale.Client.PostAsync("/v1/traces", Protobuf(Traces("py-app", span)))).StatusCode);

        var logs = new ExportLogsServiceRequest
        {
            ResourceLogs =
            {
                new ResourceLogs
                {
                    Resource = new Resource { Attributes = { Attr("service.name", "py-app") } },
                    ScopeLogs =
                    {
                        new ScopeLogs
                        {
                            LogRecords =
                            {
                                Event(span, "gen_ai.system.message", Body(("content", "You are terse."))),
                                Event(span, "gen_ai.user.message", Body(("content", "Capital of France?"))),
                                Event(span, "gen_ai.choice", Body(("index", 0L), ("finish_reason", "stop"),
                                    ("message", new AnyValue { KvlistValue = new KeyValueList { Values = { Attr("content", "Paris.") } } }))),
                                new LogRecord { TimeUnixNano = span.EndTimeUnixNano, Body = new AnyValue { StringValue = "plain log line" } },
                            },
                        },
                    },
                },
            },
        };
        var response = await telltale.Client.PostAsync("/v1/logs", Protobuf(logs));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(ExportLogsServiceResponse.Parser.ParseFrom(await response.Content.ReadAsByteArrayAsync()).PartialSuccess);

        var trace = await telltale.GetAsync<TraceDetail>($"/api/v1/traces/{Convert.ToHexStringLower(span.TraceId.Span)}");
        var stored = Assert.Single(trace.Spans);
        Assert.Equal(["system", "user"], stored.InputMessages.Select(m => m.Role));
        Assert.Equal("Capital of France?", stored.InputMessages[1].Content);
        Assert.Equal("Paris.", Assert.Single(stored.OutputMessages).Content);
        Assert.Equal(4, StoredRows.Count(telltale, "log_records"));
        Assert.Single((await telltale.GetAsync<TracePage>("/api/v1/traces?text=France")).Items);
    }

    [Fact]
    public async Task Log_records_with_malformed_trace_context_are_rejected_one_by_one()
    {
        await using var telltale = await TelltaleTestServer.StartAsync();
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
                                new LogRecord { Body = new AnyValue { StringValue = "fine" } },
                                new LogRecord { TraceId = ByteString.CopyFrom(1, 2), Body = new AnyValue { StringValue = "bad" } },
                            },
                        },
                    },
                },
            },
        };

        var response = await telltale.Client.PostAsync("/v1/logs", Protobuf(logs));

        var body = ExportLogsServiceResponse.Parser.ParseFrom(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(1, body.PartialSuccess.RejectedLogRecords);
        Assert.Contains("trace_id must be 16 bytes", body.PartialSuccess.ErrorMessage);
        Assert.Equal(1, StoredRows.Count(telltale, "log_records"));
    }

    private static LogRecord Event(Telltale.Otlp.Proto.Trace.Span span, string name, AnyValue body) => new()
    {
        TimeUnixNano = span.StartTimeUnixNano,
        TraceId = span.TraceId,
        SpanId = span.SpanId,
        EventName = name,
        Attributes = { Attr("gen_ai.system", "openai") },
        Body = body,
    };

    private static AnyValue Body(params (string Key, object Value)[] fields)
    {
        var list = new KeyValueList();
        foreach (var (key, value) in fields)
            list.Values.Add(new KeyValue
            {
                Key = key,
                Value = value switch
                {
                    string s => new AnyValue { StringValue = s },
                    long l => new AnyValue { IntValue = l },
                    AnyValue a => a,
                    _ => throw new ArgumentException(key),
                },
            });
        return new AnyValue { KvlistValue = list };
    }
}
