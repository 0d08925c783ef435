using Telltale.Core.Changes;
using Telltale.Core.Projects;
using Telltale.Server.Auth;

namespace Telltale.Server.Api;

/// <summary>Change events: deployments, prompt versions, model and configuration changes posted by pipelines, and the
/// model and service versions Telltale detects in traffic by itself.</summary>
public static class ChangeEndpoints
{
    public sealed record PostChangeRequest(string? Kind, string? Title, string? System, string? Description,
        DateTimeOffset? Time, Dictionary<string, string>? Attributes);

    private const int MaxTitle = 200;

    public static void MapChanges(this IEndpointRouteBuilder api)
    {
        // Deployment pipelines hold ingest keys, so posting a change needs only the ingest scope.
        api.MapPost("/changes", async (PostChangeRequest body, RequestPrincipal who, IChangeStore store, TimeProvider time, CancellationToken ct) =>
        {
            var kind = body.Kind?.Trim().ToLowerInvariant();
            if (kind is null || !ChangeKinds.Postable.Contains(kind))
                throw new ApiBadRequestException($"'kind' must be one of {string.Join(", ", ChangeKinds.Postable)}; got '{body.Kind}'.");
            if (string.IsNullOrWhiteSpace(body.Title) || body.Title.Length > MaxTitle)
                throw new ApiBadRequestException($"'title' is required, at most {MaxTitle} characters.");
            var change = new ChangeEvent
            {
                Id = ApiKeySecrets.NewId(),
                Kind = kind,
                Title = body.Title.Trim(),
                System = string.IsNullOrWhiteSpace(body.System) ? null : body.System.Trim(),
                Description = body.Description,
                Time = body.Time?.ToUniversalTime() ?? time.GetUtcNow(),
                Source = "api",
                Attributes = body.Attributes ?? [],
            };
            await store.AddAsync(who.ProjectId, change, ct);
            return Results.Created($"/api/v1/changes/{change.Id}", change);
        }).RequireApiScope(ApiScope.Ingest).WithTags("Changes")
            .WithSummary("Record a deployment, prompt version, model or configuration change (kind, title, system, description, time, attributes).");

        api.MapGet("/changes", (HttpRequest req, RequestPrincipal who, IChangeStore store, TimeProvider time, CancellationToken ct) =>
        {
            var kind = QueryParameters.Text(req, "kind");
            if (kind is not null && !ChangeKinds.All.Contains(kind))
                throw new ApiBadRequestException($"'kind' must be one of {string.Join(", ", ChangeKinds.All)}; got '{kind}'.");
            return store.ListAsync(who.ProjectId, QueryParameters.Range(req, time), QueryParameters.Text(req, "system"), kind, ct);
        }).RequireApiScope(ApiScope.Read).WithTags("Changes")
            .WithSummary("Change events in a time range, oldest first, including those detected in traffic (model_version_seen, service_version_seen).");
    }
}
