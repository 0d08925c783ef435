using System.Diagnostics;

namespace Telltale.Simulation.Model;

/// <summary>
/// One simulated span, independent of how it is sent: the protobuf backfill and the OpenTelemetry SDK exporter both
/// render it. Attribute values are string, long, double, bool or string[], the types OTLP and Activity tags share.
/// </summary>
public sealed class SimSpan
{
    public required string Name { get; init; }
    public ActivityKind Kind { get; init; } = ActivityKind.Internal;
    public required DateTimeOffset Start { get; init; }
    public required DateTimeOffset End { get; set; }
    public List<KeyValuePair<string, object>> Attributes { get; } = [];
    public List<SimSpan> Children { get; } = [];
    public bool IsError { get; private set; }
    public string? StatusMessage { get; private set; }

    /// <summary>The simulator's own bookkeeping (not sent): which span id the protobuf path gave it.</summary>
    internal byte[]? SpanIdBytes { get; set; }

    public TimeSpan Duration => End - Start;

    public SimSpan Set(string key, object value)
    {
        Attributes.Add(new(key, value));
        return this;
    }

    public SimSpan Fail(string message)
    {
        IsError = true;
        StatusMessage = message;
        return this;
    }

    public object? Get(string key)
    {
        foreach (var (k, v) in Attributes)
            if (k == key) return v;
        return null;
    }

    public IEnumerable<SimSpan> SelfAndDescendants()
    {
        yield return this;
        foreach (var child in Children)
            foreach (var span in child.SelfAndDescendants())
                yield return span;
    }
}
