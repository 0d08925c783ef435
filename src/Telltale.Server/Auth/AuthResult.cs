namespace Telltale.Server.Auth;

public enum AuthStatus
{
    Ok,
    Unauthenticated,
    Forbidden,
}

public readonly record struct AuthResult(AuthStatus Status, RequestPrincipal? Principal, string? Message)
{
    public static AuthResult Unauthenticated(string message) => new(AuthStatus.Unauthenticated, null, message);

    public static AuthResult Forbidden(string message) => new(AuthStatus.Forbidden, null, message);
}
