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
    public const int MaxBatch = 1000;

    public static void MapFeedback(this IEndpointRouteBuilder api)
    {
        api.MapPost("/feedback", async (FeedbackValidator.Posted body, RequestPrincipal who, IFeedbackStore store, ITelemetryReader telemetry,
            TimeProvider time, CancellationToken ct) =>
        {
            var record = await CompleteAsync(body, "", who.ProjectId, telemetry, time, ct);
            await store.AddAsync(who.ProjectId, record, ct);
            return Results.Created($"/api/v1/feedback/{record.Id}", record);
        }).RequireAnyApiScope(ApiScope.Feedback | ApiScope.Ingest).RequireCors(CorsPolicy).WithTags("Feedback")
            .WithSummary("Record user feedback: kind (thumbs, rating, csat, edit, accepted, escalated, abandoned), traceId and/or sessionId, userId, value, comment, editedText.");

        // For back ends that collect feedback and forward it in bulk (and the demo's backfill): one request, one
        // transaction. Every item is checked before anything is written, so a bad item stores none.
        api.MapPost("/feedback/batch", async (List<FeedbackValidator.Posted>? body, RequestPrincipal who, IFeedbackStore store, ITelemetryReader telemetry,
            TimeProvider time, CancellationToken ct) =>
        {
            if (body is null || body.Count == 0) throw new ApiBadRequestException("The body must be a non-empty JSON array of feedback items.");
            if (body.Count > MaxBatch) throw new ApiBadRequestException($"At most {MaxBatch} feedback items per request; got {body.Count}.");
            var records = new List<FeedbackRecord>(body.Count);
            for (var i = 0; i < body.Count; i++) records.Add(await CompleteAsync(body[i], $"Item {i}: ", who.ProjectId, telemetry, time, ct));
            await store.AddManyAsync(who.ProjectId, records, ct);
            return Results.Ok(new { accepted = records.Count });
        }).RequireApiScope(ApiScope.Ingest).WithTags("Feedback")
            .WithSummary($"Record up to {MaxBatch} feedback items at once (a JSON array of the items POST /feedback takes); all or none.");

        api.MapGet("/feedback", (HttpRequest req, RequestPrincipal who, IFeedbackStore store, TimeProvider time, CancellationToken ct) =>
            store.ListAsync(who.ProjectId, QueryParameters.Range(req, time), QueryParameters.Text(req, "traceId"), QueryParameters.Text(req, "kind"),
                QueryParameters.Int(req, "limit", 100, 1, 1000), ct)).RequireApiScope(ApiScope.Read).WithTags("Feedback");

        api.MapGet("/feedback/summary", (HttpRequest req, RequestPrincipal who, IFeedbackStore store, TimeProvider time, CancellationToken ct) =>
            QueryParameters.Grouping(req) == QueryParameters.ByIntent
                ? store.SummarizeByIntentAsync(who.ProjectId, QueryParameters.Range(req, time), QueryParameters.Text(req, "system"), ct)
                : store.SummarizeAsync(who.ProjectId, QueryParameters.Range(req, time), QueryParameters.Text(req, "system"), ct))
            .RequireApiScope(ApiScope.Read).WithTags("Feedback")
            .WithSummary("Per AI system, or per intent with groupBy=intent: thumbs-up rate, mean rating and CSAT, edit ratio, accepted, escalated and abandoned counts.");
    }

    /// <summary>Validates one posted item and fills in what the linked trace knows: its AI system, and the answer an
    /// edit started from (whose edit ratio is then computed).</summary>
    private static async Task<FeedbackRecord> CompleteAsync(FeedbackValidator.Posted body, string where, string projectId, ITelemetryReader telemetry,
        TimeProvider time, CancellationToken ct)
    {
        var (record, errors) = FeedbackValidator.Normalize(body, ApiKeySecrets.NewId(), time.GetUtcNow());
        if (record is null) throw new ApiBadRequestException(where + string.Join(" ", errors));

        if (record.TraceId is not null && (record.System is null || (record.Kind == FeedbackKinds.Edit && record.OriginalText is null)))
        {
            var trace = await telemetry.GetTraceAsync(projectId, record.TraceId, ct);
            var answer = trace?.Spans.Where(s => s.OutputMessages.Count > 0).Select(s => s.OutputMessages[^1].Content).LastOrDefault(c => c is not null);
            record = record with { System = record.System ?? trace?.Summary.System, OriginalText = record.OriginalText ?? (record.Kind == FeedbackKinds.Edit ? answer : null) };
        }
        if (record.Kind == FeedbackKinds.Edit)
        {
            if (record.OriginalText is null)
                throw new ApiBadRequestException(where + "An edit needs 'originalText', or a 'traceId' of a stored trace whose answer was edited.");
            record = record with { Value = EditRatio.Of(record.OriginalText, record.EditedText!) };
        }
        return record;
    }
}
