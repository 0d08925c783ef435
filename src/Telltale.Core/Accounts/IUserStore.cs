namespace Telltale.Core.Accounts;

/// <summary>Dashboard accounts. Usernames are unique and compared case-insensitively.</summary>
public interface IUserStore
{
    Task<UserAccount?> FindByUsernameAsync(string username, CancellationToken ct);
    Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken ct);
    Task AddAsync(UserAccount user, CancellationToken ct);
    Task RecordSignInAsync(string userId, DateTimeOffset at, CancellationToken ct);
}
