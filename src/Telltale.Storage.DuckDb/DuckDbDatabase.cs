using DuckDB.NET.Data;

namespace Telltale.Storage.DuckDb;

/// <summary>
/// The one open DuckDB database file of this process. DuckDB connections are not thread-safe, so every operation
/// opens its own; DuckDB.NET shares one database instance between connections to the same file while any is open,
/// and the root connection held here keeps it open.
/// </summary>
public sealed class DuckDbDatabase : IDisposable
{
    private readonly DuckDBConnection _root;

    public string FilePath { get; }

    public DuckDbDatabase(string filePath)
    {
        FilePath = Path.GetFullPath(filePath);
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        _root = new DuckDBConnection($"Data Source={FilePath}");
        _root.Open();
        Migrate();
    }

    public DuckDBConnection OpenConnection()
    {
        var connection = new DuckDBConnection(_root.ConnectionString);
        connection.Open();
        return connection;
    }

    private void Migrate()
    {
        using var cmd = _root.CreateCommand();
        cmd.CommandText = DuckDbSchema.Create;
        cmd.ExecuteNonQuery();
        cmd.CommandText = "SELECT max(version) FROM schema_version";
        if (cmd.ExecuteScalar() is DBNull or null)
        {
            cmd.CommandText = $"INSERT INTO schema_version VALUES ({DuckDbSchema.Version})";
            cmd.ExecuteNonQuery();
        }
    }

    public void Dispose()
    {
        // A checkpoint folds the WAL into the file so the next start does not replay it.
        try
        {
            using var cmd = _root.CreateCommand();
            cmd.CommandText = "CHECKPOINT";
            cmd.ExecuteNonQuery();
        }
        catch (DuckDBException)
        {
            // Best effort: the WAL is replayed on the next start anyway.
        }
        _root.Dispose();
    }
}
