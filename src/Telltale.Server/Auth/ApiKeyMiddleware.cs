using Telltale.Server.Otlp.Http;

namespace Telltale.Server.Auth;

/// <summary>
/// Authenticates requests to endpoints that declare a <see cref="RequiredApiScope"/> before their parameters are
/// bound, answering 401 (no or unknown key) or 403 (wrong scope or project) with a message naming why. A request
/// may name its project (<c>?project=</c> or <c>X-Telltale-Project</c>); it must be the key's own.
/// </summary>
public sealed class ApiKeyMiddleware(RequestDelegate next, ApiKeyAuthenticator authenticator)
{
    public const string ProjectHeader = "X-Telltale-Project";

    public async Task InvokeAsync(HttpContext http)
    {
        var required = http.GetEndpoint()?.Metadata.GetMetadata<RequiredApiScope>();
        if (required is null)
        {
            await next(http);
            return;
        }

        var result = await authenticator.AuthenticateAsync(http.Request.Headers.Authorization, required.Scope, RequestedProject(http.Request),
            http.RequestAborted, required.AnyOf);
        if (result.Status == AuthStatus.Ok)
        {
            http.Items[typeof(RequestPrincipal)] = result.Principal;
            await next(http);
            return;
        }

        var status = result.Status == AuthStatus.Unauthenticated ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden;
        if (status == StatusCodes.Status401Unauthorized) http.Response.Headers.WWWAuthenticate = "Bearer";
        if (http.GetEndpoint()?.Metadata.GetMetadata<OtlpEndpointMarker>() is not null)
            await OtlpHttpResponses.WriteErrorAsync(http, status, result.Message!);
        else
            await Results.Problem(detail: result.Message, statusCode: status).ExecuteAsync(http);
    }

    private static string? RequestedProject(HttpRequest request)
    {
        if (request.Query.TryGetValue("project", out var q) && !string.IsNullOrEmpty(q)) return q.ToString();
        if (request.Headers.TryGetValue(ProjectHeader, out var h) && !string.IsNullOrEmpty(h)) return h.ToString();
        return null;
    }
}
