namespace Telltale.Core.Projects;

/// <summary>What an API key may do. Admin includes everything. Feedback only posts user feedback, so it is safe to
/// ship in a web page.</summary>
[Flags]
public enum ApiScope
{
    None = 0,
    Ingest = 1,
    Read = 2,
    Admin = 4,
    Feedback = 8,
}

public static class ApiScopes
{
    public static bool Allows(this ApiScope granted, ApiScope required) =>
        granted.HasFlag(ApiScope.Admin) || (granted & required) == required;

    /// <summary>True when the key has at least one of the scopes (an endpoint open to several kinds of key).</summary>
    public static bool AllowsAny(this ApiScope granted, ApiScope anyOf) =>
        granted.HasFlag(ApiScope.Admin) || (granted & anyOf) != 0;

    public static bool TryParse(IEnumerable<string> names, out ApiScope scopes, out string? error)
    {
        scopes = ApiScope.None;
        error = null;
        foreach (var name in names)
        {
            if (!Enum.TryParse<ApiScope>(name, ignoreCase: true, out var scope) || scope == ApiScope.None || !Enum.IsDefined(scope))
            {
                error = $"Unknown scope '{name}'. Use ingest, read, admin or feedback.";
                return false;
            }
            scopes |= scope;
        }
        if (scopes == ApiScope.None) error = "At least one scope is required: ingest, read, admin or feedback.";
        return error is null;
    }

    public static IReadOnlyList<string> Names(this ApiScope scopes) =>
        Enum.GetValues<ApiScope>().Where(s => s != ApiScope.None && scopes.HasFlag(s)).Select(s => s.ToString().ToLowerInvariant()).ToList();
}
