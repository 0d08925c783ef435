using Telltale.Core.Model;
using Telltale.Core.Projects;
using Telltale.Core.Querying;
using Telltale.Core.Storage;
using Telltale.Server.Auth;

namespace Telltale.Server.Api;

/// <summary>Read API over the stored telemetry: systems, traces, sessions, users and metrics of the key's project.</summary>
public static class TelemetryQueryEndpoints
{
    public static void MapTelemetryQueries(this IEndpointRouteBuilder api)
    {
        var read = api.MapGroup("").RequireApiScope(ApiScope.Read).WithTags("Telemetry");

        read.MapGet("/systems", (RequestPrincipal who, ITelemetryReader store, CancellationToken ct) =>
            store.ListSystemsAsync(who.ProjectId, ct))
            .WithSummary("AI systems (service.name) registered on first sight, with environments, versions and traffic.");

        read.MapGet("/traces", (HttpRequest req, RequestPrincipal who, ITelemetryReader store, TimeProvider time, CancellationToken ct) =>
            store.SearchTracesAsync(who.ProjectId, TraceQueryFrom(req, time), ct))
            .WithSummary("Search traces: from/to/range, system, model, status (ok|error), user, session, tag, minLatencyMs, minCostUsd, text, limit, offset.");

        read.MapGet("/traces/{traceId}", async (string traceId, RequestPrincipal who, ITelemetryReader store, CancellationToken ct) =>
            await store.GetTraceAsync(who.ProjectId, traceId.ToLowerInvariant(), ct) is { } trace
                ? Results.Ok(trace)
                : Results.Problem(detail: $"No trace '{traceId}' in this project.", statusCode: StatusCodes.Status404NotFound))
            .WithSummary("One trace with all its spans (messages, tool calls, documents, tokens, cost).");

        read.MapGet("/sessions", (HttpRequest req, RequestPrincipal who, ITelemetryReader store, TimeProvider time, CancellationToken ct) =>
            store.ListSessionsAsync(who.ProjectId, EntityQueryFrom(req, time), ct))
            .WithSummary("Sessions (conversations), most recent first.");

        read.MapGet("/sessions/{sessionId}", async (string sessionId, HttpRequest req, RequestPrincipal who, ITelemetryReader store, TimeProvider time, CancellationToken ct) =>
        {
            var range = req.Query.ContainsKey("from") || req.Query.ContainsKey("range")
                ? QueryParameters.Range(req, time)
                : TimeRange.Last(TimeSpan.FromDays(30), time.GetUtcNow());
            var page = await store.SearchTracesAsync(who.ProjectId, new TraceQuery { Range = range, SessionId = sessionId, Limit = 500 }, ct);
            return page.Items.Count == 0
                ? Results.Problem(detail: $"No session '{sessionId}' in this project for that time range.", statusCode: StatusCodes.Status404NotFound)
                : Results.Ok(new { sessionId, traces = page.Items.OrderBy(t => t.StartTime).ToList() });
        }).WithSummary("The traces of one session in chronological order.");

        read.MapGet("/users", (HttpRequest req, RequestPrincipal who, ITelemetryReader store, TimeProvider time, CancellationToken ct) =>
            store.ListUsersAsync(who.ProjectId, EntityQueryFrom(req, time), ct))
            .WithSummary("Users, most recently active first.");

        read.MapGet("/metrics", (HttpRequest req, RequestPrincipal who, ITelemetryReader store, TimeProvider time, CancellationToken ct) =>
            store.QueryMetricsAsync(who.ProjectId, MetricsQueryParser.Parse(req, time), ct))
            .WithSummary("Operational and cost metrics: totals and time series per group (groupBy=system,model,provider,environment,user,feature,attr.<key>,…).");

        read.MapGet("/otlp-metrics", (HttpRequest req, RequestPrincipal who, ITelemetryReader store, TimeProvider time, CancellationToken ct) =>
            store.QueryGenAiMetricsAsync(who.ProjectId,
                new GenAiMetricsQuery(QueryParameters.Range(req, time), QueryParameters.Text(req, "name"), QueryParameters.Text(req, "system")), ct))
            .WithSummary("Metrics received over OTLP (gen_ai.client.token.usage, gen_ai.client.operation.duration, …) summed per attribute set.");
    }

    private static TraceQuery TraceQueryFrom(HttpRequest req, TimeProvider time)
    {
        var status = QueryParameters.Text(req, "status")?.ToLowerInvariant();
        if (status is not (null or "ok" or "error"))
            throw new ApiBadRequestException($"'status' must be 'ok' or 'error'; got '{status}'.");
        return new TraceQuery
        {
            Range = QueryParameters.Range(req, time),
            System = QueryParameters.Text(req, "system"),
            Model = QueryParameters.Text(req, "model"),
            Status = status,
            UserId = QueryParameters.Text(req, "user"),
            SessionId = QueryParameters.Text(req, "session"),
            Tag = QueryParameters.Text(req, "tag"),
            MinDurationMs = QueryParameters.Number(req, "minLatencyMs"),
            MinCostUsd = (decimal?)QueryParameters.Number(req, "minCostUsd"),
            Text = QueryParameters.Text(req, "text"),
            Limit = QueryParameters.Int(req, "limit", 50, 1, 500),
            Offset = QueryParameters.Int(req, "offset", 0, 0, 1_000_000),
        };
    }

    private static EntityQuery EntityQueryFrom(HttpRequest req, TimeProvider time) => new()
    {
        Range = QueryParameters.Range(req, time),
        System = QueryParameters.Text(req, "system"),
        UserId = QueryParameters.Text(req, "user"),
        Limit = QueryParameters.Int(req, "limit", 50, 1, 500),
        Offset = QueryParameters.Int(req, "offset", 0, 0, 1_000_000),
    };
}
