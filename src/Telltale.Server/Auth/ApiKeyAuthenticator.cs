using System.Collections.Concurrent;
using Telltale.Core.Projects;

namespace Telltale.Server.Auth;

/// <summary>
/// Checks <c>Authorization: Bearer &lt;key&gt;</c> for every OTLP and API request. Valid keys are cached by hash for a
/// short time so the ingest path does not query the store per request; a local revocation evicts at once.
/// </summary>
public sealed class ApiKeyAuthenticator(IConfigStore config, TimeProvider time) : IApiKeyCache
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);
    private const int MaxCachedKeys = 10_000;

    private readonly ConcurrentDictionary<string, (ApiKeyRecord Key, DateTimeOffset Until)> _cache = new();

    public async ValueTask<AuthResult> AuthenticateAsync(string? authorization, ApiScope required, string? requestedProject, CancellationToken ct,
        bool anyOf = false)
    {
        if (string.IsNullOrWhiteSpace(authorization))
            return AuthResult.Unauthenticated("Missing API key: send 'Authorization: Bearer <key>'.");
        if (!authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || authorization.Length <= 7)
            return AuthResult.Unauthenticated("Malformed Authorization header: expected 'Bearer <key>'.");

        var key = await FindAsync(ApiKeySecrets.Hash(authorization[7..].Trim()), ct);
        if (key is null)
            return AuthResult.Unauthenticated("Invalid or revoked API key.");
        if (requestedProject is not null && requestedProject != key.ProjectId)
            return AuthResult.Forbidden($"This API key belongs to project '{key.ProjectId}', not '{requestedProject}'.");
        if (anyOf ? !key.Scopes.AllowsAny(required) : !key.Scopes.Allows(required))
            return AuthResult.Forbidden($"This API key lacks the '{string.Join("' or '", required.Names())}' scope " +
                                        $"(it has: {string.Join(", ", key.Scopes.Names())}).");
        return new AuthResult(AuthStatus.Ok, new RequestPrincipal(key.ProjectId, key.Id, key.Scopes), null);
    }

    public void Evict(string keyId)
    {
        foreach (var (hash, entry) in _cache)
            if (entry.Key.Id == keyId) _cache.TryRemove(hash, out _);
    }

    private async ValueTask<ApiKeyRecord?> FindAsync(string hash, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (_cache.TryGetValue(hash, out var cached) && cached.Until > now) return cached.Key;

        var key = await config.FindApiKeyByHashAsync(hash, ct);
        if (key is null || key.RevokedAt is not null)
        {
            _cache.TryRemove(hash, out _);
            return null;
        }
        if (_cache.Count >= MaxCachedKeys) _cache.Clear();
        _cache[hash] = (key, now + CacheFor);
        return key;
    }
}
