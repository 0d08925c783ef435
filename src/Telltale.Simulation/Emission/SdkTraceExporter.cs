using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Telltale.Simulation.Model;

namespace Telltale.Simulation.Emission;

/// <summary>
/// Live traffic through the real client path: an <see cref="ActivitySource"/> per system, the OpenTelemetry .NET SDK
/// and its OTLP/HTTP protobuf exporter, configured the way an application would be. A service's resource is fixed
/// when its tracer provider is built, so each (system, version) pair gets its own provider: a deployment shows up as
/// a new <c>service.version</c>, as it would from a redeployed application.
/// </summary>
public sealed class SdkTraceExporter(Uri target, string key) : IDisposable
{
    private readonly Dictionary<(string System, string Version), (TracerProvider Provider, ActivitySource Source)> _services = [];

    /// <summary>Emits the trace with its simulated timestamps and records the trace id the SDK gave it.</summary>
    public void Export(TraceEvent trace)
    {
        var source = SourceFor(trace.System, trace.Version);
        var root = Emit(source, trace.Root, default);
        trace.SentTraceId = root?.TraceId.ToHexString();
    }

    public void Flush()
    {
        foreach (var (provider, _) in _services.Values) provider.ForceFlush(10_000);
    }

    private static Activity? Emit(ActivitySource source, SimSpan span, ActivityContext parent)
    {
        var activity = source.StartActivity(span.Name, span.Kind, parent, span.Attributes.Select(a => new KeyValuePair<string, object?>(a.Key, a.Value)),
            startTime: span.Start);
        if (activity is null) return null;
        foreach (var child in span.Children) Emit(source, child, activity.Context);
        if (span.IsError) activity.SetStatus(ActivityStatusCode.Error, span.StatusMessage);
        activity.SetEndTime(span.End.UtcDateTime);
        activity.Stop();
        return activity;
    }

    private ActivitySource SourceFor(string system, string version)
    {
        if (_services.TryGetValue((system, version), out var existing)) return existing.Source;
        var name = $"Telltale.Simulation.{system}.{version}";
        var provider = Sdk.CreateTracerProviderBuilder()
            .SetResourceBuilder(ResourceBuilder.CreateEmpty().AddService(system, serviceVersion: version)
                .AddAttributes([new("deployment.environment.name", "production")]))
            .AddSource(name)
            .AddOtlpExporter(o =>
            {
                o.Protocol = OtlpExportProtocol.HttpProtobuf;
                o.Endpoint = new Uri(target, "v1/traces");
                o.Headers = $"Authorization=Bearer {key}";
                // Export every second rather than every five, so the dashboard follows the demo closely.
                o.BatchExportProcessorOptions = new BatchExportProcessorOptions<Activity> { ScheduledDelayMilliseconds = 1000, MaxQueueSize = 16384 };
            })
            .Build();
        var source = new ActivitySource(name);
        _services[(system, version)] = (provider, source);
        return source;
    }

    public void Dispose()
    {
        foreach (var (provider, source) in _services.Values)
        {
            provider.Dispose();
            source.Dispose();
        }
        _services.Clear();
    }
}
