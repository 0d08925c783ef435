using Telltale.Core.Feedback;
using Telltale.Core.Projects;
using Telltale.Core.Storage;
using Telltale.Server.Auth;

namespace Telltale.Server.Api;

/// <summary>
/// User feedback: posted by the application's back end (ingest key) or straight from its web page (a feedback key,
/// which can do nothing else; CORS is open on this endpoint for that reason).
/// </summary>
public static class FeedbackEndpoints
{
    public const string CorsPolicy = "feedback";

    public static void MapFeedback(this IEndpointRouteBuilder api)
    {
        api.MapPost("/feedback", async (FeedbackValidator.Posted body, RequestPrincipal who, IFeedbackStore store, ITelemetryReader telemetry,
            TimeProvider time, CancellationToken ct) =>
        {
            var (record, errors) = FeedbackValidator.Normalize(body, ApiKeySecrets.NewId(), time.GetUtcNow());
            if (record is null) throw new ApiBadRequestException(string.Join(" ", errors));

            // The linked trace supplies what the sender left out: its AI system, and the answer an edit started from.
            if (record.TraceId is not null && (record.System is null || (record.Kind == FeedbackKinds.Edit && record.OriginalText is null)))
            {
                var trace = await telemetry.GetTraceAsync(who.ProjectId, record.TraceId, ct);
                var answer = trace?.Spans.Where(s => s.OutputMessages.Count > 0).Select(s => s.OutputMessages[^1].Content).LastOrDefault(c => c is not null);
                record = record with { System = record.System ?? trace?.Summary.System, OriginalText = record.OriginalText ?? (record.Kind == FeedbackKinds.Edit ? answer : null) };
            }
            if (record.Kind == FeedbackKinds.Edit)
            {
                if (record.OriginalText is null)
                    throw new ApiBadRequestException("An edit needs 'originalText', or a 'traceId' of a stored trace whose answer was edited.");
                record = record with { Value = EditRatio.Of(record.OriginalText, record.EditedText!) };
            }
            await store.AddAsync(who.ProjectId, record, ct);
            return Results.Created($"/api/v1/feedback/{record.Id}", record);
        }).RequireAnyApiScope(ApiScope.Feedback | ApiScope.Ingest).RequireCors(CorsPolicy).WithTags("Feedback")
            .WithSummary("Record user feedback: kind (thumbs, rating, csat, edit, accepted, escalated, abandoned), traceId and/or sessionId, userId, value, comment, editedText.");

        api.MapGet("/feedback", (HttpRequest req, RequestPrincipal who, IFeedbackStore store, TimeProvider time, CancellationToken ct) =>
            store.ListAsync(who.ProjectId, QueryParameters.Range(req, time), QueryParameters.Text(req, "traceId"), QueryParameters.Text(req, "kind"),
                QueryParameters.Int(req, "limit", 100, 1, 1000), ct)).RequireApiScope(ApiScope.Read).WithTags("Feedback");

        api.MapGet("/feedback/summary", (HttpRequest req, RequestPrincipal who, IFeedbackStore store, TimeProvider time, CancellationToken ct) =>
            store.SummarizeAsync(who.ProjectId, QueryParameters.Range(req, time), QueryParameters.Text(req, "system"), ct))
            .RequireApiScope(ApiScope.Read).WithTags("Feedback")
            .WithSummary("Per AI system: thumbs-up rate, mean rating and CSAT, edit ratio, accepted, escalated and abandoned counts.");
    }
}
