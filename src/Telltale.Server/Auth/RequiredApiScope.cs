using Telltale.Core.Projects;

namespace Telltale.Server.Auth;

/// <summary>Endpoint metadata: the API-key scope the endpoint needs (all of its flags, or any one of them when
/// <see cref="AnyOf"/>). <see cref="ApiKeyMiddleware"/> enforces it.</summary>
public sealed record RequiredApiScope(ApiScope Scope, bool AnyOf = false);

public static class RequiredApiScopeExtensions
{
    public static TBuilder RequireApiScope<TBuilder>(this TBuilder builder, ApiScope scope) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequiredApiScope(scope));

    public static TBuilder RequireAnyApiScope<TBuilder>(this TBuilder builder, ApiScope anyOf) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequiredApiScope(anyOf, AnyOf: true));
}
