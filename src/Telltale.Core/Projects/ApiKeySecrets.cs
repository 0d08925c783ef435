using System.Security.Cryptography;
using System.Text;

namespace Telltale.Core.Projects;

/// <summary>
/// Creates and hashes API keys. Keys carry 192 bits of randomness, so a single SHA-256 is enough to make a stolen
/// database useless (slow password hashes exist for low-entropy secrets, and would cost every request dearly).
/// </summary>
public static class ApiKeySecrets
{
    public const string KeyPrefix = "tt_";

    public static string NewSecret() =>
        KeyPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', 'A').Replace('/', 'B').TrimEnd('=');

    public static string Hash(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>The first characters, safe to show in lists so a user can tell keys apart.</summary>
    public static string DisplayPrefix(string secret) => secret.Length <= 10 ? secret : secret[..10];

    public static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
}
