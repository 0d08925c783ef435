using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Telltale.Core.Accounts;
using Telltale.Core.Projects;

namespace Telltale.Server.Auth.Dashboard;

/// <summary>Creates dashboard accounts and checks passwords with ASP.NET Core Identity's hasher (PBKDF2, salted,
/// versioned format), so a stolen database does not reveal passwords.</summary>
public sealed class DashboardAccounts(IUserStore users, TimeProvider time)
{
    private readonly PasswordHasher<UserAccount> _hasher = new();

    public async Task<UserAccount> CreateAsync(string username, string password, CancellationToken ct)
    {
        var user = new UserAccount(ApiKeySecrets.NewId(), username.Trim(), "", time.GetUtcNow(), null);
        user = user with { PasswordHash = _hasher.HashPassword(user, password) };
        await users.AddAsync(user, ct);
        return user;
    }

    /// <summary>The account when the password is right; null otherwise (without saying which part was wrong).</summary>
    public async Task<UserAccount?> VerifyAsync(string username, string password, CancellationToken ct)
    {
        var user = await users.FindByUsernameAsync(username.Trim(), ct);
        if (user is null)
        {
            // Hash anyway so a missing user takes as long as a wrong password.
            _hasher.HashPassword(new UserAccount("", "", "", default, null), password);
            return null;
        }
        if (_hasher.VerifyHashedPassword(user, user.PasswordHash, password) == PasswordVerificationResult.Failed) return null;
        await users.RecordSignInAsync(user.Id, time.GetUtcNow(), ct);
        return user;
    }

    public static string NewPassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('+', 'x').Replace('/', 'y');
}
