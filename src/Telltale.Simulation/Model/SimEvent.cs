namespace Telltale.Simulation.Model;

/// <summary>Something the simulated fleet does at a moment: a finished request (a trace), a user's feedback on it, or
/// a change announced by a deployment pipeline. Events are released once their time has come.</summary>
public abstract record SimEvent(DateTimeOffset Time);

/// <param name="System">The AI system (<c>service.name</c>).</param>
/// <param name="Version">Its <c>service.version</c> at the time.</param>
public sealed record TraceEvent(DateTimeOffset Time, string System, string Version, SimSpan Root, string TraceId) : SimEvent(Time)
{
    /// <summary>The trace id actually used on the wire; the SDK exporter picks its own, so feedback reads it from here.</summary>
    public string? SentTraceId { get; set; }

    /// <summary>The simulator's own bookkeeping (not sent): the intent the simulated user had. Telltale has to work
    /// it out from the conversation, as it would for a real application.</summary>
    public string? Intent { get; init; }
}

/// <summary>A user signal posted to <c>POST /api/v1/feedback</c>. <see cref="Trace"/> links it to the answer it is
/// about (its id is known only once that trace was sent).</summary>
public sealed record FeedbackEvent(DateTimeOffset Time, string System, string Kind, object? Value, TraceEvent? Trace,
    string? SessionId, string? UserId, string? Comment) : SimEvent(Time);

/// <summary>A change event posted to <c>POST /api/v1/changes</c>.</summary>
public sealed record ChangeEvent(DateTimeOffset Time, string System, string Kind, string Title, string? Description) : SimEvent(Time);
