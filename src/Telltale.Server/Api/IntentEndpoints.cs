using Telltale.Core.Intents;
using Telltale.Core.Projects;
using Telltale.Intents;
using Telltale.Server.Auth;
using Telltale.Server.Intents;

namespace Telltale.Server.Api;

/// <summary>A project's intents, the tagger that applies them, and the per-intent breakdown.</summary>
public static class IntentEndpoints
{
    public sealed record ClassifyRequest(string? Text);

    public static void MapIntents(this IEndpointRouteBuilder api)
    {
        var intents = api.MapGroup("/intents").WithTags("Intents");
        intents.MapGet("", async (RequestPrincipal who, IntentTaggingRunner runner, CancellationToken ct) =>
                await runner.ConfigurationAsync(who.ProjectId, ct) ?? new IntentConfiguration { Intents = [] })
            .RequireApiScope(ApiScope.Read).WithSummary("The project's intents with their examples, fallback intent, minimum confidence and systems (no intents: none configured).");

        intents.MapPut("", async (IntentConfigurationValidator.Posted? body, RequestPrincipal who, IntentTaggingRunner runner,
            IntentClassifierCache classifiers, CancellationToken ct) =>
        {
            var (configuration, errors) = IntentConfigurationValidator.Normalize(body);
            if (configuration is null) throw new ApiBadRequestException(string.Join(" ", errors));
            // Trained now, so the caller learns at once if the examples cannot make a model, and the tagger finds it ready.
            classifiers.For(who.ProjectId, configuration.Intents);
            await runner.ConfigureAsync(who.ProjectId, configuration, ct);
            return Results.Ok(configuration);
        }).RequireApiScope(ApiScope.Admin)
            .WithSummary("Configure intents: at least 2, each a unique name and at least 3 example utterances; optional fallbackIntent (default 'other'), minConfidence, systems. Recent traces are retagged.");

        intents.MapPost("/tag", async (RequestPrincipal who, IntentTaggingRunner runner, CancellationToken ct) =>
                new { tagged = await runner.RunAsync(who.ProjectId, ct) })
            .RequireApiScope(ApiScope.Admin).WithSummary("Tag the traces stored since the last run now, as the schedule would.");

        intents.MapPost("/classify", async (ClassifyRequest body, RequestPrincipal who, IntentTaggingRunner runner, IntentClassifierCache classifiers,
            CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(body.Text)) throw new ApiBadRequestException("'text' is required: the user message to classify.");
            var configuration = await runner.ConfigurationAsync(who.ProjectId, ct)
                ?? throw new ApiBadRequestException("No intents are configured; PUT /api/v1/intents first.");
            var prediction = classifiers.For(who.ProjectId, configuration.Intents).Classify(body.Text);
            return new { intent = configuration.LabelFor(prediction), bestGuess = prediction.Intent, confidence = prediction.Confidence };
        }).RequireApiScope(ApiScope.Read).WithSummary("Which intent the classifier gives a message (to try a configuration).");

        intents.MapGet("/breakdown", (HttpRequest req, RequestPrincipal who, IntentBreakdownBuilder breakdowns, TimeProvider time, CancellationToken ct) =>
                breakdowns.BuildAsync(who.ProjectId, QueryParameters.Text(req, "system"), QueryParameters.Range(req, time), ct))
            .RequireApiScope(ApiScope.Read)
            .WithSummary("Per intent: traces, share, error rate, p95 latency, cost and cost per trace, thumbs-up rate, CSAT, escalations, abandonments and the mean of every score.");
    }
}
