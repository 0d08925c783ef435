using System.Text.Json;

namespace Telltale.Simulation.Benchmark;

/// <summary>An alert as <c>GET /api/v1/alerts</c> reports it, reduced to what scoring needs.</summary>
public sealed record ObservedAlert(string RuleName, string Metric, string? System, DateTimeOffset StartedAt, DateTimeOffset? ResolvedAt, string Context)
{
    public static IReadOnlyList<ObservedAlert> FromApi(JsonElement alerts) =>
        alerts.EnumerateArray().Select(a => new ObservedAlert(
            a.GetProperty("ruleName").GetString()!,
            a.GetProperty("metric").GetString()!,
            a.TryGetProperty("system", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null,
            a.GetProperty("startedAt").GetDateTimeOffset(),
            a.TryGetProperty("resolvedAt", out var r) && r.ValueKind == JsonValueKind.String ? r.GetDateTimeOffset() : null,
            a.TryGetProperty("context", out var c) ? c.GetString() ?? "" : "")).ToList();
}
