using Telltale.Core.Datasets;
using Telltale.Core.Intents;
using Telltale.Core.Projects;
using Telltale.Core.Storage;
using Telltale.Server.Auth;

namespace Telltale.Server.Api;

/// <summary>Datasets for canary evaluation: create, add items (posted, imported from JSONL or CSV, or taken from
/// production traces), remove items, and read any version back.</summary>
public static class DatasetEndpoints
{
    public sealed record PostedDataset(string? Name, string? Description);

    public sealed record FromTraces(List<string>? TraceIds, bool AnswerAsReference = true, string? Intent = null);

    public static void MapDatasets(this IEndpointRouteBuilder api)
    {
        var datasets = api.MapGroup("/datasets").WithTags("Datasets");
        datasets.MapGet("", (RequestPrincipal who, IDatasetStore store, CancellationToken ct) => store.ListAsync(who.ProjectId, ct))
            .RequireApiScope(ApiScope.Read);

        datasets.MapPost("", async (PostedDataset body, RequestPrincipal who, IDatasetStore store, TimeProvider time, CancellationToken ct) =>
        {
            if (DatasetRules.NameError(body.Name) is { } error) throw new ApiBadRequestException(error);
            var dataset = new Dataset { Id = ApiKeySecrets.NewId(), Name = body.Name!, Description = body.Description, CreatedAt = time.GetUtcNow() };
            if (!await store.CreateAsync(who.ProjectId, dataset, ct))
                return Results.Problem(detail: $"A dataset named '{body.Name}' exists.", statusCode: StatusCodes.Status409Conflict);
            return Results.Created($"/api/v1/datasets/{dataset.Name}", await store.GetAsync(who.ProjectId, dataset.Name, ct));
        }).RequireApiScope(ApiScope.Admin).WithSummary("Create a dataset: name (letters, digits, . _ -), description.");

        datasets.MapGet("/{name}", async (string name, HttpRequest req, RequestPrincipal who, IDatasetStore store, CancellationToken ct) =>
        {
            var dataset = await FindAsync(store, who.ProjectId, name, ct);
            var version = QueryParameters.Int(req, "version", dataset.Version, 0, int.MaxValue);
            if (version > dataset.Version) throw new ApiBadRequestException($"'version' {version} does not exist yet; '{name}' is at version {dataset.Version}.");
            return Results.Ok(new { dataset, version, items = await store.ItemsAsync(who.ProjectId, dataset.Id, version, ct) });
        }).RequireApiScope(ApiScope.Read).WithSummary("A dataset with its items at a version (default: the current one).");

        datasets.MapPost("/{name}/items", async (string name, List<DatasetItemDraft>? body, RequestPrincipal who, IDatasetStore store, CancellationToken ct) =>
            await AddAsync(store, who.ProjectId, name, body ?? [], ct))
            .RequireApiScope(ApiScope.Admin).WithSummary("Add items (a JSON array of {id?, input, referenceOutput, intent, metadata}); an existing id is replaced. One new version.");

        datasets.MapPost("/{name}/import", async (string name, HttpRequest req, RequestPrincipal who, IDatasetStore store, CancellationToken ct) =>
        {
            var mediaType = req.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
            Func<string, IReadOnlyList<DatasetItemDraft>>? parse = mediaType switch
            {
                "text/csv" => DatasetImport.ParseCsv,
                "application/x-ndjson" or "application/jsonl" or "application/x-jsonlines" or "application/json-lines" => DatasetImport.ParseJsonLines,
                _ => null,
            };
            if (parse is null)
                return Results.Problem(detail: $"Content-Type '{req.ContentType}' is not importable; send text/csv or application/x-ndjson (JSON Lines).",
                    statusCode: StatusCodes.Status415UnsupportedMediaType);
            IReadOnlyList<DatasetItemDraft> drafts;
            try
            {
                drafts = parse(await new StreamReader(req.Body).ReadToEndAsync(ct));
            }
            catch (DatasetImport.ImportException ex)
            {
                throw new ApiBadRequestException(ex.Message);
            }
            return await AddAsync(store, who.ProjectId, name, drafts, ct);
        }).RequireApiScope(ApiScope.Admin).WithSummary("Import items from the body: JSON Lines (application/x-ndjson) or CSV (text/csv) with a header row. All or none.");

        datasets.MapPost("/{name}/items/from-traces", async (string name, FromTraces body, RequestPrincipal who, IDatasetStore store,
            ITelemetryReader telemetry, IIntentStore intents, CancellationToken ct) =>
        {
            if (body.TraceIds is not { Count: > 0 } ids) throw new ApiBadRequestException("'traceIds' must list at least one trace id.");
            var tagged = await intents.ForTracesAsync(who.ProjectId, ids, ct);
            var drafts = new List<DatasetItemDraft>();
            foreach (var id in ids.Distinct())
            {
                var trace = await telemetry.GetTraceAsync(who.ProjectId, id.ToLowerInvariant(), ct)
                            ?? throw new ApiBadRequestException($"Trace '{id}' is not in this project.");
                drafts.Add(TraceExample.From(trace, body.AnswerAsReference, body.Intent ?? (tagged.TryGetValue(trace.Summary.TraceId, out var t) ? t.Intent : null))
                           ?? throw new ApiBadRequestException($"Trace '{id}' has no LLM call with a user message to take as the input."));
            }
            return await AddAsync(store, who.ProjectId, name, drafts, ct);
        }).RequireApiScope(ApiScope.Admin).WithSummary("Add items from production traces: the user's question as input and, unless answerAsReference is false, the answer as reference.");

        datasets.MapDelete("/{name}/items/{itemId}", async (string name, string itemId, RequestPrincipal who, IDatasetStore store, CancellationToken ct) =>
        {
            var dataset = await FindAsync(store, who.ProjectId, name, ct);
            return await store.RemoveItemAsync(who.ProjectId, dataset.Id, itemId, ct) is { } updated
                ? Results.Ok(updated)
                : Results.Problem(detail: $"Dataset '{name}' has no item '{itemId}'.", statusCode: StatusCodes.Status404NotFound);
        }).RequireApiScope(ApiScope.Admin).WithSummary("Remove an item (a new version; older versions keep it).");
    }

    private static async Task<IResult> AddAsync(IDatasetStore store, string projectId, string name, IReadOnlyList<DatasetItemDraft> drafts, CancellationToken ct)
    {
        var dataset = await FindAsync(store, projectId, name, ct);
        var (items, error) = DatasetRules.CompleteAll(drafts, ApiKeySecrets.NewId);
        if (error is not null) throw new ApiBadRequestException(error);
        var updated = await store.AddItemsAsync(projectId, dataset.Id, items, ct);
        return Results.Ok(new { dataset = updated, added = items.Count });
    }

    private static async Task<Dataset> FindAsync(IDatasetStore store, string projectId, string name, CancellationToken ct) =>
        await store.GetAsync(projectId, name, ct) ?? throw new ApiNotFoundException($"No dataset named '{name}' in this project.");
}
