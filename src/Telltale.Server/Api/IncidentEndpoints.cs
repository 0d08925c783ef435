using Telltale.Core.Alerting.Incidents;
using Telltale.Core.Projects;
using Telltale.Server.Auth;

namespace Telltale.Server.Api;

/// <summary>Incidents: list, read the timeline, acknowledge, add notes, resolve.</summary>
public static class IncidentEndpoints
{
    public sealed record IncidentAction(string? By, string? Note);
    public sealed record IncidentNote(string? By, string? Text);

    public static void MapIncidents(this IEndpointRouteBuilder api)
    {
        var incidents = api.MapGroup("/incidents").WithTags("Incidents");
        incidents.MapGet("", (HttpRequest req, RequestPrincipal who, IIncidentStore store, CancellationToken ct) =>
        {
            var status = QueryParameters.Text(req, "status")?.ToLowerInvariant();
            if (status is not (null or Incident.Open or Incident.Acknowledged or Incident.Resolved))
                throw new ApiBadRequestException($"'status' must be open, acknowledged or resolved; got '{status}'.");
            return store.ListAsync(who.ProjectId, status, QueryParameters.Int(req, "limit", 50, 1, 500), ct);
        }).RequireApiScope(ApiScope.Read);
        incidents.MapGet("/{id}", async (string id, RequestPrincipal who, IIncidentStore store, CancellationToken ct) =>
            await store.GetAsync(who.ProjectId, id, ct) is { } incident ? Results.Ok(incident) : NotFound(id)).RequireApiScope(ApiScope.Read);

        // Changing an incident is a write: admin scope (the dashboard's sign-in will carry its own roles).
        incidents.MapPost("/{id}/acknowledge", async (string id, IncidentAction? body, RequestPrincipal who, IncidentTracker tracker, CancellationToken ct) =>
            await tracker.AcknowledgeAsync(who.ProjectId, id, body?.By, body?.Note, ct) is { } i ? Results.Ok(i) : NotFound(id)).RequireApiScope(ApiScope.Admin);
        incidents.MapPost("/{id}/notes", async (string id, IncidentNote body, RequestPrincipal who, IncidentTracker tracker, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(body.Text)) throw new ApiBadRequestException("'text' is required.");
            return await tracker.AddNoteAsync(who.ProjectId, id, body.Text, body.By, ct) is { } i ? Results.Ok(i) : NotFound(id);
        }).RequireApiScope(ApiScope.Admin);
        incidents.MapPost("/{id}/resolve", async (string id, IncidentAction? body, RequestPrincipal who, IncidentTracker tracker, CancellationToken ct) =>
            await tracker.ResolveAsync(who.ProjectId, id, body?.By, body?.Note, ct) is { } i ? Results.Ok(i) : NotFound(id)).RequireApiScope(ApiScope.Admin);
    }

    private static IResult NotFound(string id) => Results.Problem(detail: $"No incident '{id}' in this project.", statusCode: StatusCodes.Status404NotFound);
}
