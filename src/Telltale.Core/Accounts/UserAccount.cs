namespace Telltale.Core.Accounts;

/// <summary>A person who signs in to the dashboard. API keys are for programs; accounts are for people.</summary>
/// <param name="PasswordHash">A salted, iterated hash (never the password); the format belongs to the hasher.</param>
public sealed record UserAccount(string Id, string Username, string PasswordHash, DateTimeOffset CreatedAt, DateTimeOffset? LastSignInAt);
