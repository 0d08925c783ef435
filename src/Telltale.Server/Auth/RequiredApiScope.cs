using Telltale.Core.Projects;

namespace Telltale.Server.Auth;

/// <summary>Endpoint metadata: the API-key scope the endpoint needs. <see cref="ApiKeyMiddleware"/> enforces it.</summary>
public sealed record RequiredApiScope(ApiScope Scope);

public static class RequiredApiScopeExtensions
{
    public static TBuilder RequireApiScope<TBuilder>(this TBuilder builder, ApiScope scope) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequiredApiScope(scope));
}
