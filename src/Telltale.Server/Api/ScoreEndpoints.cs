using System.Text.Json;
using Telltale.Core.Projects;
using Telltale.Core.Scores;
using Telltale.Core.Storage;
using Telltale.Server.Auth;

namespace Telltale.Server.Api;

/// <summary>Custom scores on traces, spans or sessions: numeric, categorical or boolean.</summary>
public static class ScoreEndpoints
{
    public sealed record PostedScore(string? Name, JsonElement? Value, string? DataType, string? TraceId, string? SpanId, string? SessionId,
        string? Comment, string? Source, DateTimeOffset? Time, string? System = null);

    public static void MapScores(this IEndpointRouteBuilder api)
    {
        api.MapPost("/scores", async (PostedScore body, RequestPrincipal who, IScoreStore store, ITelemetryReader telemetry, TimeProvider time,
            CancellationToken ct) =>
        {
            var score = Normalize(body, time.GetUtcNow());
            // The judged trace names the AI system when the sender did not, so per-system quality figures include it.
            if (score.System is null && score.TraceId is not null)
                score = score with { System = (await telemetry.GetTraceAsync(who.ProjectId, score.TraceId, ct))?.Summary.System };
            await store.AddAsync(who.ProjectId, score, ct);
            return Results.Created($"/api/v1/scores/{score.Id}", score);
        }).RequireApiScope(ApiScope.Ingest).WithTags("Scores")
            .WithSummary("Record a score: name, value (number, string or boolean), traceId / spanId / sessionId, comment, source.");

        api.MapGet("/scores", (HttpRequest req, RequestPrincipal who, IScoreStore store, TimeProvider time, CancellationToken ct) =>
            store.ListAsync(who.ProjectId, QueryParameters.Range(req, time), QueryParameters.Text(req, "traceId"), QueryParameters.Text(req, "name"),
                QueryParameters.Int(req, "limit", 100, 1, 1000), ct)).RequireApiScope(ApiScope.Read).WithTags("Scores");

        api.MapGet("/scores/summary", (HttpRequest req, RequestPrincipal who, IScoreStore store, TimeProvider time, CancellationToken ct) =>
            store.SummarizeNamesAsync(who.ProjectId, QueryParameters.Range(req, time), QueryParameters.Text(req, "system"),
                QueryParameters.Grouping(req) == QueryParameters.ByIntent, ct))
            .RequireApiScope(ApiScope.Read).WithTags("Scores")
            .WithSummary("Count and mean of every numeric score by name, per AI system or, with groupBy=intent, per intent.");
    }

    private static ScoreRecord Normalize(PostedScore p, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(p.Name) || p.Name.Length > 200) throw new ApiBadRequestException("'name' is required, at most 200 characters.");
        if (p.TraceId is null && p.SessionId is null) throw new ApiBadRequestException("Give 'traceId' (optionally with 'spanId') or 'sessionId'.");
        var (type, number, text) = p.Value switch
        {
            { ValueKind: JsonValueKind.Number } n => (ScoreRecord.Numeric, n.GetDouble(), (string?)null),
            { ValueKind: JsonValueKind.True } => (ScoreRecord.Boolean, 1.0, "true"),
            { ValueKind: JsonValueKind.False } => (ScoreRecord.Boolean, 0.0, "false"),
            { ValueKind: JsonValueKind.String } s when !string.IsNullOrEmpty(s.GetString()) => (ScoreRecord.Categorical, (double?)null, s.GetString()),
            _ => throw new ApiBadRequestException("'value' must be a number, a non-empty string or a boolean."),
        };
        if (p.DataType is { } declared && declared != type)
            throw new ApiBadRequestException($"'dataType' is '{declared}' but the value is {type}.");
        return new ScoreRecord
        {
            Id = ApiKeySecrets.NewId(),
            Name = p.Name.Trim(),
            DataType = type,
            NumericValue = number,
            StringValue = text,
            TraceId = p.TraceId?.ToLowerInvariant(),
            SpanId = p.SpanId?.ToLowerInvariant(),
            SessionId = p.SessionId,
            Comment = p.Comment,
            System = string.IsNullOrWhiteSpace(p.System) ? null : p.System.Trim(),
            Source = p.Source is "evaluator" or "annotation" ? p.Source : "api",
            Time = p.Time?.ToUniversalTime() ?? now,
        };
    }
}
