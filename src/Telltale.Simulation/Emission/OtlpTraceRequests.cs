using System.Diagnostics;
using Google.Protobuf;
using Telltale.Otlp.Proto.Collector.Trace;
using Telltale.Otlp.Proto.Common;
using Telltale.Otlp.Proto.Resource;
using Telltale.Otlp.Proto.Trace;
using Telltale.Simulation.Model;

namespace Telltale.Simulation.Emission;

/// <summary>
/// Simulated traces as OTLP protobuf export requests, one <c>ResourceSpans</c> per system and version, the way an
/// SDK's exporter batches them. Used for the backfill: the SDK stamps spans with the current time, while history
/// needs timestamps days in the past.
/// </summary>
public sealed class OtlpTraceRequests(int seed)
{
    private readonly Random _spanIds = new(seed);

    public const string ScopeName = "Telltale.Simulation";

    public ExportTraceServiceRequest Build(IEnumerable<TraceEvent> traces)
    {
        var request = new ExportTraceServiceRequest();
        foreach (var group in traces.GroupBy(t => (t.System, t.Version)))
        {
            var scope = new ScopeSpans { Scope = new InstrumentationScope { Name = ScopeName } };
            foreach (var trace in group)
            {
                trace.SentTraceId = trace.TraceId;
                var traceId = ByteString.CopyFrom(Convert.FromHexString(trace.TraceId));
                Add(scope.Spans, trace.Root, traceId, parentSpanId: null);
            }
            request.ResourceSpans.Add(new ResourceSpans { Resource = Resource(group.Key.System, group.Key.Version), ScopeSpans = { scope } });
        }
        return request;
    }

    public static Resource Resource(string system, string version) => new()
    {
        Attributes =
        {
            Attribute("service.name", system),
            Attribute("service.version", version),
            Attribute("deployment.environment.name", "production"),
            Attribute("telemetry.sdk.language", "dotnet"),
        },
    };

    private void Add(Google.Protobuf.Collections.RepeatedField<Span> into, SimSpan span, ByteString traceId, ByteString? parentSpanId)
    {
        var id = new byte[8];
        _spanIds.NextBytes(id);
        var spanId = ByteString.CopyFrom(id);
        var proto = new Span
        {
            TraceId = traceId,
            SpanId = spanId,
            Name = span.Name,
            Kind = KindOf(span.Kind),
            StartTimeUnixNano = UnixNanos(span.Start),
            EndTimeUnixNano = UnixNanos(span.End),
            Status = span.IsError ? new Status { Code = Status.Types.StatusCode.Error, Message = span.StatusMessage ?? "" } : new Status(),
        };
        if (parentSpanId is not null) proto.ParentSpanId = parentSpanId;
        foreach (var (key, value) in span.Attributes) proto.Attributes.Add(Attribute(key, value));
        into.Add(proto);
        foreach (var child in span.Children) Add(into, child, traceId, spanId);
    }

    public static ulong UnixNanos(DateTimeOffset time) => (ulong)(time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) * 100;

    private static Span.Types.SpanKind KindOf(ActivityKind kind) => kind switch
    {
        ActivityKind.Server => Span.Types.SpanKind.Server,
        ActivityKind.Client => Span.Types.SpanKind.Client,
        ActivityKind.Producer => Span.Types.SpanKind.Producer,
        ActivityKind.Consumer => Span.Types.SpanKind.Consumer,
        _ => Span.Types.SpanKind.Internal,
    };

    public static KeyValue Attribute(string key, object value) => new() { Key = key, Value = Value(value) };

    private static AnyValue Value(object value) => value switch
    {
        string s => new AnyValue { StringValue = s },
        long l => new AnyValue { IntValue = l },
        int i => new AnyValue { IntValue = i },
        double d => new AnyValue { DoubleValue = d },
        bool b => new AnyValue { BoolValue = b },
        string[] items => new AnyValue { ArrayValue = new ArrayValue { Values = { items.Select(x => new AnyValue { StringValue = x }) } } },
        _ => new AnyValue { StringValue = value.ToString() ?? "" },
    };
}
