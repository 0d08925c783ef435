using System.Text.Json;
using Telltale.Core.Alerting;
using Telltale.Core.Projects;
using Telltale.Core.Serialization;
using Telltale.Server.Alerting;
using Telltale.Server.Auth;

namespace Telltale.Server.Api;

/// <summary>Alert rules (CRUD) and the alerts they raised.</summary>
public static class AlertEndpoints
{
    public static void MapAlerts(this IEndpointRouteBuilder api)
    {
        var rules = api.MapGroup("/alert-rules").WithTags("Alerting");
        rules.MapGet("", (RequestPrincipal who, IAlertStore store, CancellationToken ct) => store.ListRulesAsync(who.ProjectId, ct))
            .RequireApiScope(ApiScope.Read);
        rules.MapGet("/{id}", async (string id, RequestPrincipal who, IAlertStore store, CancellationToken ct) =>
                await store.GetRuleAsync(who.ProjectId, id, ct) is { } rule ? Results.Ok(rule) : NotFound(id))
            .RequireApiScope(ApiScope.Read);
        rules.MapPost("", async (HttpRequest req, RequestPrincipal who, IAlertStore store, CancellationToken ct) =>
        {
            var rule = await ReadRuleAsync(req, id: null, ct);
            if (await store.GetRuleAsync(who.ProjectId, rule.Id, ct) is not null)
                return Results.Problem(detail: $"A rule '{rule.Id}' already exists; PUT to change it.", statusCode: StatusCodes.Status409Conflict);
            await store.SaveRuleAsync(who.ProjectId, rule, ct);
            return Results.Created($"/api/v1/alert-rules/{rule.Id}", rule);
        }).RequireApiScope(ApiScope.Admin)
            .WithSummary("Create a rule: metric, filters, groupBy, window, condition (static | relative | anomaly), minSamples, for, noData, severity, runbook.");
        rules.MapPut("/{id}", async (string id, HttpRequest req, RequestPrincipal who, IAlertStore store, CancellationToken ct) =>
        {
            var rule = await ReadRuleAsync(req, id, ct);
            await store.SaveRuleAsync(who.ProjectId, rule, ct);
            return Results.Ok(rule);
        }).RequireApiScope(ApiScope.Admin);
        rules.MapDelete("/{id}", async (string id, RequestPrincipal who, IAlertStore store, CancellationToken ct) =>
                await store.DeleteRuleAsync(who.ProjectId, id, ct) ? Results.NoContent() : NotFound(id))
            .RequireApiScope(ApiScope.Admin);
        rules.MapPost("/evaluate", (RequestPrincipal who, AlertingCycle cycle, CancellationToken ct) => cycle.RunAsync(who.ProjectId, ct))
            .RequireApiScope(ApiScope.Admin)
            .WithSummary("Run this project's alerting round now, as the schedule would (default rules for new systems, evaluation, notifications), and return the alerts that fired or resolved.");

        api.MapGet("/alerts/{id}", async (string id, RequestPrincipal who, IAlertStore store, CancellationToken ct) =>
                await store.GetAlertAsync(who.ProjectId, id, ct) is { } alert
                    ? Results.Ok(alert)
                    : Results.Problem(detail: $"No alert '{id}' in this project.", statusCode: StatusCodes.Status404NotFound))
            .RequireApiScope(ApiScope.Read).WithTags("Alerting");

        api.MapGet("/alerts", (HttpRequest req, RequestPrincipal who, IAlertStore store, CancellationToken ct) =>
        {
            var state = QueryParameters.Text(req, "state")?.ToLowerInvariant();
            if (state is not (null or AlertRecord.Firing or AlertRecord.Resolved))
                throw new ApiBadRequestException($"'state' must be 'firing' or 'resolved'; got '{state}'.");
            return store.ListAlertsAsync(who.ProjectId, state, QueryParameters.Int(req, "limit", 100, 1, 1000), ct);
        }).RequireApiScope(ApiScope.Read).WithTags("Alerting")
            .WithSummary("Alerts, newest first, with ruleName, severity, state, startedAt, system and a human-readable context.");
    }

    private static async Task<AlertRule> ReadRuleAsync(HttpRequest req, string? id, CancellationToken ct)
    {
        using var reader = new StreamReader(req.Body);
        var (rule, errors) = AlertRuleJson.Parse(await reader.ReadToEndAsync(ct), id);
        return rule ?? throw new ApiBadRequestException(string.Join(" ", errors));
    }

    private static IResult NotFound(string id) => Results.Problem(detail: $"No alert rule '{id}' in this project.", statusCode: StatusCodes.Status404NotFound);
}
