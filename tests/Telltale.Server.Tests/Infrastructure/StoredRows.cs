using Microsoft.Extensions.DependencyInjection;
using DuckDB.NET.Data;
using Telltale.Storage.DuckDb;

namespace Telltale.Server.Tests.Infrastructure;

/// <summary>Counts rows straight from the server's DuckDB file, so tests check what was stored, not what the API says.</summary>
public static class StoredRows
{
    public static long Count(TelltaleTestServer telltale, string table)
    {
        var database = telltale.Server.Services.GetRequiredService<DuckDbDatabase>();
        using var connection = database.OpenConnection();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT count(*) FROM {table}";
        return Convert.ToInt64(cmd.ExecuteScalar());
    }
}
