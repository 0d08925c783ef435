using Telltale.Core.Projects;
using Telltale.Core.Quality;
using Telltale.Server.Auth;

namespace Telltale.Server.Api;

/// <summary>Quality over time: evaluator and custom scores, user feedback and canary runs, under their rule names.</summary>
public static class QualityEndpoints
{
    public static void MapQuality(this IEndpointRouteBuilder api)
    {
        api.MapGet("/quality", (HttpRequest req, RequestPrincipal who, QualityReport report, TimeProvider time, CancellationToken ct) =>
        {
            var range = QueryParameters.Range(req, time);
            var step = QueryParameters.Step(req, range) ?? QualityReport.DefaultStep(range.To - range.From);
            return report.BuildAsync(who.ProjectId, range, step, QueryParameters.Text(req, "system"), ct);
        }).RequireApiScope(ApiScope.Read).WithTags("Quality")
            .WithSummary("Series of every quality metric (score.<name>, thumbsUpRate, csat, meanRating, editRatio, escalations, abandonments, canaryScore.<canary>) for a range and step, optionally of one system.");
    }

}
