namespace Telltale.Storage.DuckDb.Tests;

/// <summary>A real DuckDB file in a fresh temporary folder, removed afterwards.</summary>
public sealed class TempDatabase : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("telltale-db-").FullName;
    public DuckDbDatabase Database { get; }

    public TempDatabase() => Database = new DuckDbDatabase(Path.Combine(Folder, "telltale.duckdb"));

    public string FilePath => Database.FilePath;

    public void Dispose()
    {
        Database.Dispose();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
