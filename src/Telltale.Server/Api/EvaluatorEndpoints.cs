using Telltale.Core.Evaluation;
using Telltale.Core.Projects;
using Telltale.Core.Serialization;
using Telltale.Server.Auth;
using Telltale.Server.Evaluation;

namespace Telltale.Server.Api;

/// <summary>The online evaluators of a project: their settings, and a way to run them now.</summary>
public static class EvaluatorEndpoints
{
    public static void MapEvaluators(this IEndpointRouteBuilder api)
    {
        var evaluators = api.MapGroup("/evaluators").WithTags("Evaluation");
        evaluators.MapGet("", (RequestPrincipal who, OnlineEvaluationRunner runner, CancellationToken ct) => runner.SettingsAsync(who.ProjectId, ct))
            .RequireApiScope(ApiScope.Read).WithSummary("The built-in evaluators with this project's settings (enabled, sampleRate, systems).");
        evaluators.MapPut("", async (List<EvaluatorSetting> body, RequestPrincipal who, IConfigStore config, CancellationToken ct) =>
        {
            var known = EvaluatorCatalog.BuiltIn.Select(e => e.Name).ToHashSet();
            foreach (var s in body)
            {
                if (!known.Contains(s.Name)) throw new ApiBadRequestException($"Unknown evaluator '{s.Name}'; use one of {string.Join(", ", known)}.");
                if (s.SampleRate is < 0 or > 1) throw new ApiBadRequestException($"'sampleRate' of {s.Name} must be from 0 to 1.");
            }
            await config.SetSettingAsync(who.ProjectId, OnlineEvaluationRunner.SettingsName, TelltaleJson.Serialize(body), ct);
            return Results.Ok(body);
        }).RequireApiScope(ApiScope.Admin);
        evaluators.MapGet("/custom", (RequestPrincipal who, OnlineEvaluationRunner runner, CancellationToken ct) => runner.CustomAsync(who.ProjectId, ct))
            .RequireApiScope(ApiScope.Read).WithSummary("This project's own evaluators: regex, contains, json_schema and llm_judge.");
        evaluators.MapPut("/custom", async (List<CustomEvaluator>? body, RequestPrincipal who, IConfigStore config, Evaluation.Llm.LlmConnections connections,
            CancellationToken ct) =>
        {
            body ??= [];
            var names = (await connections.ListAsync(who.ProjectId, ct)).Select(c => c.Name).ToList();
            var builtIn = EvaluatorCatalog.BuiltIn.Select(e => e.Name).ToList();
            var errors = body.SelectMany((e, i) => e.Validate(names, builtIn, $"[{i}] {e.Name}")).ToList();
            errors.AddRange(body.GroupBy(e => e.Name).Where(g => g.Count() > 1).Select(g => $"Evaluator name '{g.Key}' is used twice."));
            if (errors.Count > 0) throw new ApiBadRequestException(string.Join(" ", errors));
            await config.SetSettingAsync(who.ProjectId, OnlineEvaluationRunner.CustomSettingsName, TelltaleJson.Serialize(body), ct);
            return Results.Ok(body);
        }).RequireApiScope(ApiScope.Admin)
            .WithSummary("Replace this project's own evaluators (a JSON array of { name, type, pattern | text | schema | judge, mustMatch, sampleRate, systems, enabled }).");
        evaluators.MapPost("/run", async (RequestPrincipal who, OnlineEvaluationRunner runner, CancellationToken ct) =>
                new { scores = await runner.RunAsync(who.ProjectId, ct) })
            .RequireApiScope(ApiScope.Admin).WithSummary("Evaluate the calls stored since the last run now, as the schedule would.");
    }
}
