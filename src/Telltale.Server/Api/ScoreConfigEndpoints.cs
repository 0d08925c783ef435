using Telltale.Core.Projects;
using Telltale.Core.Review;
using Telltale.Core.Scores;
using Telltale.Server.Auth;

namespace Telltale.Server.Api;

/// <summary>Score configs: what reviewers may record (numeric, categorical, boolean) and which evaluator it is compared with.</summary>
public static class ScoreConfigEndpoints
{
    public static void MapScoreConfigs(this IEndpointRouteBuilder api)
    {
        var configs = api.MapGroup("/score-configs").WithTags("Review");
        configs.MapGet("", (RequestPrincipal who, IScoreConfigStore store, CancellationToken ct) => store.ListAsync(who.ProjectId, ct))
            .RequireApiScope(ApiScope.Read);
        configs.MapGet("/{id}", async (string id, RequestPrincipal who, IScoreConfigStore store, CancellationToken ct) =>
                await store.GetAsync(who.ProjectId, id, ct) is { } config ? Results.Ok(config) : NotFound(id))
            .RequireApiScope(ApiScope.Read);
        configs.MapPost("", async (ScoreConfigValidator.Posted body, RequestPrincipal who, IScoreConfigStore store, CancellationToken ct) =>
        {
            var config = Validate(body, ApiKeySecrets.NewId());
            if (await NameTakenAsync(store, who.ProjectId, config, ct) is { } conflict) return conflict;
            await store.SaveAsync(who.ProjectId, config, ct);
            return Results.Created($"/api/v1/score-configs/{config.Id}", config);
        }).RequireApiScope(ApiScope.Admin)
            .WithSummary("Create a score config: name, dataType (numeric with optional min/max, categorical with categories, boolean), description, evaluator.");
        configs.MapPut("/{id}", async (string id, ScoreConfigValidator.Posted body, RequestPrincipal who, IScoreConfigStore store, ReviewQueue review,
            CancellationToken ct) =>
        {
            if (await store.GetAsync(who.ProjectId, id, ct) is not { } existing) return NotFound(id);
            var config = Validate(body, id);
            if (await NameTakenAsync(store, who.ProjectId, config, ct) is { } conflict) return conflict;
            if (config.Name != existing.Name && await NamedByRuleAsync(review, who.ProjectId, existing, ct) is { } inUse) return inUse;
            await store.SaveAsync(who.ProjectId, config, ct);
            return Results.Ok(config);
        }).RequireApiScope(ApiScope.Admin);
        configs.MapDelete("/{id}", async (string id, RequestPrincipal who, IScoreConfigStore store, ReviewQueue review, CancellationToken ct) =>
        {
            if (await store.GetAsync(who.ProjectId, id, ct) is not { } existing) return NotFound(id);
            if (await NamedByRuleAsync(review, who.ProjectId, existing, ct) is { } inUse) return inUse;
            await store.DeleteAsync(who.ProjectId, id, ct);
            return Results.NoContent();
        }).RequireApiScope(ApiScope.Admin);
    }

    private static ScoreConfig Validate(ScoreConfigValidator.Posted body, string id)
    {
        var (config, errors) = ScoreConfigValidator.Normalize(body, id);
        return config ?? throw new ApiBadRequestException(string.Join(" ", errors));
    }

    private static async Task<IResult?> NameTakenAsync(IScoreConfigStore store, string projectId, ScoreConfig config, CancellationToken ct) =>
        (await store.ListAsync(projectId, ct)).Any(c => c.Name == config.Name && c.Id != config.Id)
            ? Results.Problem(detail: $"A score config named '{config.Name}' already exists; PUT to change it.", statusCode: StatusCodes.Status409Conflict)
            : null;

    /// <summary>The rule lists configs by name; renaming or deleting one it lists would silently drop it from the form.</summary>
    private static async Task<IResult?> NamedByRuleAsync(ReviewQueue review, string projectId, ScoreConfig config, CancellationToken ct) =>
        (await review.RuleAsync(projectId, ct)).ScoreConfigs.Contains(config.Name)
            ? Results.Problem(detail: $"The review queue rule lists '{config.Name}' in 'scoreConfigs'; take it out of the rule first (PUT /api/v1/review-queue/rule).",
                statusCode: StatusCodes.Status409Conflict)
            : null;

    private static IResult NotFound(string id) => Results.Problem(detail: $"No score config '{id}' in this project.", statusCode: StatusCodes.Status404NotFound);
}
