using System.Text.Json;
using Telltale.Core.Projects;
using Telltale.Core.Querying;
using Telltale.Core.Review;
using Telltale.Core.Review.Agreement;
using Telltale.Server.Auth;
using Telltale.Server.Review;

namespace Telltale.Server.Api;

/// <summary>The human review queue: its rule, the sampled items, annotating and skipping them, and how the evaluators
/// agree with the reviewers.</summary>
public static class ReviewQueueEndpoints
{
    public sealed record PostedAnnotation(Dictionary<string, JsonElement>? Values, string? Comment, string? Reviewer);

    public sealed record PostedSkip(string? Reason, string? Reviewer);

    public sealed record PostedAssignment(string? Reviewer);

    public static void MapReviewQueue(this IEndpointRouteBuilder api)
    {
        var queue = api.MapGroup("/review-queue").WithTags("Review");
        queue.MapGet("", (HttpRequest req, RequestPrincipal who, IReviewQueueStore store, CancellationToken ct) =>
                store.ListAsync(who.ProjectId, Status(req), QueryParameters.Text(req, "assignee"), QueryParameters.Int(req, "limit", 100, 1, 1000), ct))
            .RequireApiScope(ApiScope.Read)
            .WithSummary("Queue items in review order: status=pending (default), done, skipped or all; assignee; limit.");

        queue.MapGet("/rule", (RequestPrincipal who, ReviewQueue review, CancellationToken ct) => review.RuleAsync(who.ProjectId, ct))
            .RequireApiScope(ApiScope.Read);
        queue.MapPut("/rule", async (ReviewQueueRuleValidator.Posted body, RequestPrincipal who, ReviewQueue review, CancellationToken ct) =>
        {
            var (rule, errors) = await review.SaveRuleAsync(who.ProjectId, body, ct);
            return rule ?? throw new ApiBadRequestException(string.Join(" ", errors));
        }).RequireApiScope(ApiScope.Admin)
            .WithSummary("Set the sampling rule: targetPerWeek, systems, stratifyByIntent, weightBy, badWhen, weightFactor, pacing (even | immediate), scoreConfigs.");
        queue.MapPost("/sample", async (RequestPrincipal who, ReviewSamplingRunner runner, CancellationToken ct) =>
            {
                var added = await runner.RunAsync(who.ProjectId, ct);
                return new { added = added.Count, items = added };
            })
            .RequireApiScope(ApiScope.Admin).WithSummary("Sample traces into the queue now, as the schedule would.");
        queue.MapGet("/agreement", (HttpRequest req, RequestPrincipal who, AgreementReport report, TimeProvider time, CancellationToken ct) =>
                report.ComputeAsync(who.ProjectId, AgreementRange(req, time), ct))
            .RequireApiScope(ApiScope.Read)
            .WithSummary("Per evaluator and score config: pairs, percent agreement and Cohen's kappa, or Pearson, Spearman and mean absolute difference (default: last 30 days).");

        queue.MapGet("/{id}", async (string id, RequestPrincipal who, ReviewQueue review, CancellationToken ct) =>
                await review.DetailAsync(who.ProjectId, id, ct) is { } detail ? Results.Ok(detail) : NotFound(id))
            .RequireApiScope(ApiScope.Read).WithSummary("An item with the score configs to fill and the trace's scores so far.");
        queue.MapPost("/{id}/annotations", async (string id, PostedAnnotation body, RequestPrincipal who, ReviewQueue review, CancellationToken ct) =>
                Outcome(await review.AnnotateAsync(who.ProjectId, id, new ReviewAnnotation(body.Values, body.Comment, body.Reviewer), ct)))
            .RequireApiScope(ApiScope.Ingest)
            .WithSummary("Annotate a pending item: values per score config and a comment, stored as scores (source annotation) on its trace.");
        queue.MapPost("/{id}/skip", async (string id, PostedSkip? body, RequestPrincipal who, ReviewQueue review, CancellationToken ct) =>
                Outcome(await review.SkipAsync(who.ProjectId, id, body?.Reason, body?.Reviewer, ct)))
            .RequireApiScope(ApiScope.Ingest);
        queue.MapPost("/{id}/assign", async (string id, PostedAssignment body, RequestPrincipal who, IReviewQueueStore store, CancellationToken ct) =>
        {
            var reviewer = string.IsNullOrWhiteSpace(body.Reviewer) ? null : body.Reviewer.Trim();
            if (!await store.AssignAsync(who.ProjectId, id, reviewer, ct)) return NotFound(id);
            return Results.Ok(await store.GetAsync(who.ProjectId, id, ct));
        }).RequireApiScope(ApiScope.Ingest).WithSummary("Assign a reviewer (or null to unassign).");
    }

    private static string? Status(HttpRequest req)
    {
        var status = QueryParameters.Text(req, "status")?.ToLowerInvariant() ?? ReviewStatus.Pending;
        if (status == "all") return null;
        return ReviewStatus.All.Contains(status)
            ? status
            : throw new ApiBadRequestException($"'status' must be one of {string.Join(", ", ReviewStatus.All)} or all; got '{status}'.");
    }

    /// <summary>Agreement needs weeks of annotations: the last 30 days unless the request says otherwise.</summary>
    private static TimeRange AgreementRange(HttpRequest req, TimeProvider time) =>
        req.Query.ContainsKey("from") || req.Query.ContainsKey("range")
            ? QueryParameters.Range(req, time)
            : TimeRange.Last(AgreementReport.DefaultRange, QueryParameters.Time(req, "to") ?? time.GetUtcNow());

    private static IResult Outcome(ReviewOutcome outcome) => outcome.Failure switch
    {
        ReviewFailure.None => Results.Ok(new { item = outcome.Item, scores = outcome.Scores }),
        ReviewFailure.NotFound => Results.Problem(detail: outcome.Errors[0], statusCode: StatusCodes.Status404NotFound),
        ReviewFailure.NotPending => Results.Problem(detail: outcome.Errors[0], statusCode: StatusCodes.Status409Conflict),
        _ => throw new ApiBadRequestException(string.Join(" ", outcome.Errors)),
    };

    private static IResult NotFound(string id) => Results.Problem(detail: $"No review item '{id}' in this project.", statusCode: StatusCodes.Status404NotFound);
}
