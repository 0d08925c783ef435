using Telltale.Core.Datasets;
using Telltale.Core.Evaluation.Llm;
using Telltale.Core.Projects;
using Telltale.Server.Auth;
using Telltale.Server.Evaluation.Llm;

namespace Telltale.Server.Api;

/// <summary>OpenAI-compatible endpoints Telltale may call for a project: judges and canary targets.</summary>
public static class LlmConnectionEndpoints
{
    public sealed record PostedConnection(string? BaseUrl, string? ApiKey, string? Provider);

    public static void MapLlmConnections(this IEndpointRouteBuilder api)
    {
        var connections = api.MapGroup("/llm-connections").WithTags("Evaluation");
        connections.MapGet("", async (RequestPrincipal who, LlmConnections store, CancellationToken ct) =>
            (await store.ListAsync(who.ProjectId, ct)).Select(c => c.Masked())).RequireApiScope(ApiScope.Admin);

        connections.MapPut("/{name}", async (string name, PostedConnection body, RequestPrincipal who, LlmConnections store, CancellationToken ct) =>
        {
            if (DatasetRules.NameError(name) is { } nameError) throw new ApiBadRequestException(nameError);
            if (!Uri.TryCreate(body.BaseUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
                throw new ApiBadRequestException($"'baseUrl' must be an absolute http(s) URL such as https://api.openai.com/v1/; got '{body.BaseUrl}'.");
            var provider = string.IsNullOrWhiteSpace(body.Provider) ? "openai" : body.Provider.Trim().ToLowerInvariant();
            var saved = await store.SaveAsync(who.ProjectId, new LlmConnection(name, url, string.IsNullOrEmpty(body.ApiKey) ? null : body.ApiKey, provider), ct);
            return Results.Ok(saved.Masked());
        }).RequireApiScope(ApiScope.Admin).WithSummary("Add or replace a connection: baseUrl, apiKey (kept if omitted on a replace), provider (for pricing; default openai).");

        connections.MapDelete("/{name}", async (string name, RequestPrincipal who, LlmConnections store, CancellationToken ct) =>
            await store.DeleteAsync(who.ProjectId, name, ct)
                ? Results.NoContent()
                : throw new ApiNotFoundException($"No LLM connection named '{name}'.")).RequireApiScope(ApiScope.Admin);
    }
}
