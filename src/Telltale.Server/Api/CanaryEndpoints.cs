using Telltale.Core.Alerting;
using Telltale.Core.Datasets;
using Telltale.Core.Evaluation.Canary;
using Telltale.Core.Projects;
using Telltale.Server.Auth;
using Telltale.Server.Evaluation.Canary;
using Telltale.Server.Evaluation.Llm;

namespace Telltale.Server.Api;

/// <summary>Canary evaluations: definitions, runs (scheduled, on a new model version, or now), and the baseline.</summary>
public static class CanaryEndpoints
{
    public sealed record PinBaseline(string? RunId);

    public static void MapCanaries(this IEndpointRouteBuilder api)
    {
        var canaries = api.MapGroup("/canaries").WithTags("Canary evaluation");
        canaries.MapGet("", (RequestPrincipal who, ICanaryStore store, CancellationToken ct) => store.ListAsync(who.ProjectId, ct))
            .RequireApiScope(ApiScope.Read);

        canaries.MapGet("/{name}", async (string name, RequestPrincipal who, ICanaryStore store, CancellationToken ct) =>
            await FindAsync(store, who.ProjectId, name, ct)).RequireApiScope(ApiScope.Read);

        canaries.MapPut("/{name}", async (string name, CanaryDefinition body, RequestPrincipal who, ICanaryStore store, IDatasetStore datasets,
            LlmConnections connections, IAlertStore alerts, TimeProvider time, CancellationToken ct) =>
        {
            var existing = await store.GetAsync(who.ProjectId, name, ct);
            var now = time.GetUtcNow();
            var canary = body with
            {
                Name = name,
                Id = existing?.Id ?? ApiKeySecrets.NewId(),
                BaselineRunId = body.BaselineRunId ?? existing?.BaselineRunId,
                CreatedAt = existing?.CreatedAt ?? now,
                UpdatedAt = now,
            };
            var errors = CanaryValidator.Validate(canary, (await connections.ListAsync(who.ProjectId, ct)).Select(c => c.Name).ToList()).ToList();
            if (!string.IsNullOrWhiteSpace(canary.Dataset) && await datasets.GetAsync(who.ProjectId, canary.Dataset, ct) is null)
                errors.Add($"'dataset' '{canary.Dataset}' does not exist; create it with POST /api/v1/datasets.");
            if (canary.BaselineRunId is { } pinned && await store.GetRunAsync(who.ProjectId, pinned, ct) is not { Status: CanaryRun.Completed })
                errors.Add($"'baselineRunId' '{pinned}' is not a completed run.");
            if (errors.Count > 0) throw new ApiBadRequestException(string.Join(" ", errors));

            await store.SaveAsync(who.ProjectId, canary, ct);
            // The canary's own alert rule: created with it, kept in step with its system, left alone if a user edited it away.
            if (existing is null || await alerts.GetRuleAsync(who.ProjectId, CanaryAlertRule.IdOf(name), ct) is not null)
                await alerts.SaveRuleAsync(who.ProjectId, CanaryAlertRule.For(canary), ct);
            return existing is null ? Results.Created($"/api/v1/canaries/{name}", canary) : Results.Ok(canary);
        }).RequireApiScope(ApiScope.Admin)
            .WithSummary("Create or replace a canary: system, dataset, target { connection, model, messages }, scorers, schedule (cron, default hourly), marginPercent (default 3), alpha, runOnNewModelVersion.");

        canaries.MapDelete("/{name}", async (string name, RequestPrincipal who, ICanaryStore store, IAlertStore alerts, CancellationToken ct) =>
        {
            var canary = await FindAsync(store, who.ProjectId, name, ct);
            await store.DeleteAsync(who.ProjectId, canary.Id, ct);
            await alerts.DeleteRuleAsync(who.ProjectId, CanaryAlertRule.IdOf(name), ct);
            return Results.NoContent();
        }).RequireApiScope(ApiScope.Admin);

        canaries.MapPost("/{name}/runs", async (string name, HttpRequest req, RequestPrincipal who, ICanaryStore store, CanaryRunner runner,
            ICanaryRunTrigger trigger, CancellationToken ct) =>
        {
            var canary = await FindAsync(store, who.ProjectId, name, ct);
            if (QueryParameters.Text(req, "wait") is "false" or "0")
            {
                _ = trigger.Start(who.ProjectId, canary, "api");
                return Results.Accepted($"/api/v1/canaries/{name}/runs");
            }
            return Results.Ok(await runner.RunAsync(who.ProjectId, canary, CanaryRunner.ManualTrigger, "api", ct));
        }).RequireApiScope(ApiScope.Admin)
            .WithSummary("Run the canary now and return the run with its comparison to the baseline; ?wait=false starts it and returns 202.");

        canaries.MapGet("/{name}/runs", async (string name, HttpRequest req, RequestPrincipal who, ICanaryStore store, CancellationToken ct) =>
        {
            var canary = await FindAsync(store, who.ProjectId, name, ct);
            return await store.ListRunsAsync(who.ProjectId, canary.Id, QueryParameters.Int(req, "limit", 50, 1, 500), ct);
        }).RequireApiScope(ApiScope.Read).WithSummary("Runs, newest first, without their per-item results.");

        canaries.MapPost("/{name}/baseline", async (string name, PinBaseline body, RequestPrincipal who, ICanaryStore store, TimeProvider time,
            CancellationToken ct) =>
        {
            var canary = await FindAsync(store, who.ProjectId, name, ct);
            if (body.RunId is null || await store.GetRunAsync(who.ProjectId, body.RunId, ct) is not { } run || !CanaryBaseline.CanPin(canary, run))
                throw new ApiBadRequestException($"'runId' must be a completed run of canary '{name}'.");
            var pinned = CanaryBaseline.Pin(canary, run, time.GetUtcNow());
            await store.SaveAsync(who.ProjectId, pinned, ct);
            return Results.Ok(pinned);
        }).RequireApiScope(ApiScope.Admin).WithSummary("Pin a completed run as the baseline later runs are compared with.");

        api.MapPost("/canary-scheduler/run", (RequestPrincipal who, CanaryScheduler scheduler, CancellationToken ct) => scheduler.RunDueAsync(who.ProjectId, ct))
            .RequireApiScope(ApiScope.Admin).WithTags("Canary evaluation")
            .WithSummary("Run now every canary that is due (by schedule, or because a new model version answered its system), as the scheduler would.");

        api.MapGet("/canary-runs/{id}", async (string id, RequestPrincipal who, ICanaryStore store, CancellationToken ct) =>
                await store.GetRunAsync(who.ProjectId, id, ct) ?? throw new ApiNotFoundException($"No canary run '{id}' in this project."))
            .RequireApiScope(ApiScope.Read).WithTags("Canary evaluation").WithSummary("A run with every item's output, scores and reasons.");
    }

    private static async Task<CanaryDefinition> FindAsync(ICanaryStore store, string projectId, string name, CancellationToken ct) =>
        await store.GetAsync(projectId, name, ct) ?? throw new ApiNotFoundException($"No canary named '{name}' in this project.");
}
