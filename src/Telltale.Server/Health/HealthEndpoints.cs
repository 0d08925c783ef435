using Telltale.Ingestion.Writing;
using Telltale.Storage.DuckDb;

namespace Telltale.Server.Health;

/// <summary>Liveness (the process answers) and readiness (storage open and the writer running and not saturated).</summary>
public static class HealthEndpoints
{
    public static void MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => Results.Text("ok")).WithTags("Health").ExcludeFromDescription();
        app.MapGet("/readyz", (BatchWriter writer, DuckDbDatabase database) =>
        {
            if (!writer.IsRunning) return Results.Problem(detail: "The write loop is not running.", statusCode: 503);
            if (!File.Exists(database.FilePath)) return Results.Problem(detail: $"The database file {database.FilePath} is missing.", statusCode: 503);
            return Results.Text("ready");
        }).WithTags("Health").ExcludeFromDescription();
    }
}
