using Telltale.Core.Pricing;
using Telltale.Core.Projects;
using Telltale.Ingestion.Enrichment;
using Telltale.Server.Auth;

namespace Telltale.Server.Api;

/// <summary>Projects, API keys and price overrides.</summary>
public static class AdminEndpoints
{
    public sealed record CreateProjectRequest(string? Name);
    public sealed record CreateKeyRequest(string? Name, List<string>? Scopes);
    public sealed record ApiKeyView(string Id, string Name, IReadOnlyList<string> Scopes, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);
    public sealed record CreatedApiKey(string Id, string Name, IReadOnlyList<string> Scopes, string Prefix, DateTimeOffset CreatedAt, string Secret);

    public static void MapAdmin(this IEndpointRouteBuilder api)
    {
        api.MapGet("/project", async (RequestPrincipal who, IConfigStore config, CancellationToken ct) =>
            await config.GetProjectAsync(who.ProjectId, ct)).RequireApiScope(ApiScope.Read).WithTags("Projects")
            .WithSummary("The project of the calling key.");

        api.MapPost("/projects", async (CreateProjectRequest body, ApiKeyIssuer issuer, CancellationToken ct) =>
        {
            var name = Required(body.Name, "name");
            var project = await issuer.CreateProjectAsync(name, ct);
            var key = await issuer.IssueAsync(project.Id, "admin", ApiScope.Admin, ct);
            return Results.Created($"/api/v1/project", new { project, apiKey = Created(key) });
        }).RequireApiScope(ApiScope.Admin).WithTags("Projects")
            .WithSummary("Create a project; the response holds its first admin key, shown this once.");

        var keys = api.MapGroup("/keys").RequireApiScope(ApiScope.Admin).WithTags("API keys");
        keys.MapGet("", async (RequestPrincipal who, IConfigStore config, CancellationToken ct) =>
            (await config.ListApiKeysAsync(who.ProjectId, ct)).Select(View));
        keys.MapPost("", async (CreateKeyRequest body, RequestPrincipal who, ApiKeyIssuer issuer, CancellationToken ct) =>
        {
            var name = Required(body.Name, "name");
            if (!ApiScopes.TryParse(body.Scopes ?? [], out var scopes, out var error)) throw new ApiBadRequestException(error!);
            var key = await issuer.IssueAsync(who.ProjectId, name, scopes, ct);
            return Results.Created($"/api/v1/keys/{key.Record.Id}", Created(key));
        }).WithSummary("Create a key with scopes ingest, read and/or admin; the secret is in this response only.");
        keys.MapDelete("/{keyId}", async (string keyId, RequestPrincipal who, IConfigStore config, ApiKeyAuthenticator auth, TimeProvider time, CancellationToken ct) =>
        {
            if (!await config.RevokeApiKeyAsync(who.ProjectId, keyId, time.GetUtcNow(), ct))
                return Results.Problem(detail: $"No active key '{keyId}' in this project.", statusCode: StatusCodes.Status404NotFound);
            auth.Evict(keyId);
            return Results.NoContent();
        }).WithSummary("Revoke a key; it stops working at once.");

        api.MapGet("/prices", (RequestPrincipal who, ProjectPriceTables prices) =>
        {
            var table = prices.For(who.ProjectId);
            return new { version = table.Version, overrides = table.Overrides, prices = table.Entries };
        }).RequireApiScope(ApiScope.Read).WithTags("Pricing").WithSummary("The price table in force: project overrides and the shipped defaults.");

        api.MapPut("/prices/overrides", async (HttpRequest req, RequestPrincipal who, ProjectPriceTables prices, CancellationToken ct) =>
        {
            using var reader = new StreamReader(req.Body);
            var json = await reader.ReadToEndAsync(ct);
            IReadOnlyList<ModelPrice> entries;
            try
            {
                entries = PriceJson.ParseEntries(json);
            }
            catch (PriceTableException ex)
            {
                throw new ApiBadRequestException(ex.Message);
            }
            var table = await prices.SetOverridesAsync(who.ProjectId, entries, ct);
            return new { version = table.Version, overrides = table.Overrides };
        }).RequireApiScope(ApiScope.Admin).WithTags("Pricing").Accepts<List<ModelPrice>>("application/json")
            .WithSummary("Replace this project's price overrides (same fields as the shipped table); they apply to data ingested from now on.");
    }

    private static string Required(string? value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new ApiBadRequestException($"'{name}' is required.") : value.Trim();

    private static ApiKeyView View(ApiKeyRecord k) => new(k.Id, k.Name, k.Scopes.Names(), k.Prefix, k.CreatedAt, k.RevokedAt);

    private static CreatedApiKey Created(IssuedApiKey k) =>
        new(k.Record.Id, k.Record.Name, k.Record.Scopes.Names(), k.Record.Prefix, k.Record.CreatedAt, k.Secret);
}
