using System.Data.Common;
using Telltale.Core.Accounts;

namespace Telltale.Storage.DuckDb;

/// <summary>Dashboard accounts, in the same file as everything else.</summary>
public sealed class DuckDbUserStore(DuckDbDatabase database) : IUserStore
{
    private const string Select = "SELECT id, username, password_hash, created_at, last_sign_in_at FROM users";

    public Task<UserAccount?> FindByUsernameAsync(string username, CancellationToken ct) =>
        Task.FromResult(database.Query($"{Select} WHERE lower(username) = lower($1)", Read, username).FirstOrDefault());

    public Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<UserAccount>>(database.Query($"{Select} ORDER BY created_at", Read));

    public Task AddAsync(UserAccount user, CancellationToken ct)
    {
        database.InTransaction(c =>
        {
            // Checked inside the transaction so two concurrent sign-ups cannot both take one name.
            if (c.Query("SELECT 1 FROM users WHERE lower(username) = lower($1)", r => r.GetInt32(0), user.Username).Count > 0)
                throw new InvalidOperationException($"A user named '{user.Username}' already exists.");
            c.Execute("INSERT INTO users VALUES ($1, $2, $3, $4, $5)", user.Id, user.Username, user.PasswordHash, user.CreatedAt, user.LastSignInAt);
        });
        return Task.CompletedTask;
    }

    public Task RecordSignInAsync(string userId, DateTimeOffset at, CancellationToken ct)
    {
        database.Execute("UPDATE users SET last_sign_in_at = $1 WHERE id = $2", at, userId);
        return Task.CompletedTask;
    }

    private static UserAccount Read(DbDataReader r) => new(r.GetString(0), r.GetString(1), r.GetString(2),
        r.GetFieldValue<DateTimeOffset>(3).ToUniversalTime(),
        r.IsDBNull(4) ? null : r.GetFieldValue<DateTimeOffset>(4).ToUniversalTime());
}
