using System.Reflection;
using Telltale.Core.Projects;

namespace Telltale.Server.Auth;

/// <summary>Who is calling: the project and scopes of the API key that authenticated the request. Endpoints take it
/// as a parameter; it is bound from what the API-key filter stored on the request.</summary>
public sealed record RequestPrincipal(string ProjectId, string KeyId, ApiScope Scopes)
{
    public static ValueTask<RequestPrincipal?> BindAsync(HttpContext context, ParameterInfo parameter) =>
        ValueTask.FromResult<RequestPrincipal?>(context.Items[typeof(RequestPrincipal)] as RequestPrincipal
            ?? throw new InvalidOperationException($"Endpoint parameter '{parameter.Name}' needs .RequireApiScope(...)."));
}
