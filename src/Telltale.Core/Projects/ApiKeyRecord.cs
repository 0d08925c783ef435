namespace Telltale.Core.Projects;

/// <summary>An API key as stored: only the SHA-256 of the secret is kept, plus a short prefix to recognise it by.</summary>
public sealed record ApiKeyRecord(
    string Id,
    string ProjectId,
    string Name,
    ApiScope Scopes,
    string Prefix,
    string SecretHash,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RevokedAt = null);
