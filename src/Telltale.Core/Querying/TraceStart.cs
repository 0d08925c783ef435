namespace Telltale.Core.Querying;

/// <summary>When a trace started, and the conversation and AI system it belongs to.</summary>
public sealed record TraceStart(string TraceId, string? SessionId, string System, DateTimeOffset Start);
