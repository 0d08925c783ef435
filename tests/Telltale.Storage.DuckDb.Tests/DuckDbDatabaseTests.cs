using DuckDB.NET.Data;
using Telltale.Core.Storage;
using static Telltale.Storage.DuckDb.Tests.SpanFactory;

namespace Telltale.Storage.DuckDb.Tests;

public class DuckDbDatabaseTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("telltale-db-").FullName;

    private string FilePath => Path.Combine(_folder, "telltale.duckdb");

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public void A_file_of_an_older_schema_version_is_refused_with_what_to_do_and_left_unchanged()
    {
        using (var old = new DuckDBConnection($"Data Source={FilePath}"))
        {
            old.Open();
            Execute(old, "CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (1)");
        }

        var error = Assert.Throws<IncompatibleDataFileException>(() => new DuckDbDatabase(FilePath));

        Assert.Equal(1, error.FileVersion);
        Assert.Contains(FilePath, error.Message);
        Assert.Contains("move the file away", error.Message);
        using var reopened = new DuckDBConnection($"Data Source={FilePath}");
        reopened.Open();
        Assert.Equal(0L, Scalar(reopened, "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'spans'"));
    }

    [Fact]
    public void A_file_written_by_this_version_reopens_with_its_spans()
    {
        using (var database = new DuckDbDatabase(FilePath)) WriteOneSpan(database);

        using var again = new DuckDbDatabase(FilePath);
        using var connection = again.OpenConnection();
        Assert.Equal(1L, Scalar(connection, "SELECT count(*) FROM spans"));
    }

    [Fact]
    public void Span_content_columns_are_stored_with_zstd()
    {
        using var database = new DuckDbDatabase(FilePath);
        WriteOneSpan(database);
        using var connection = database.OpenConnection();
        Execute(connection, "CHECKPOINT");

        Assert.Equal("ZSTD", Scalar(connection,
            "SELECT compression FROM pragma_storage_info('spans') WHERE column_name = 'input_messages' AND segment_type = 'VARCHAR' LIMIT 1"));
    }

    private static void WriteOneSpan(DuckDbDatabase database)
    {
        var batch = new TelemetryBatch("p1");
        batch.Spans.Add(Llm("t1", "s1", T0, 800));
        using var writer = new DuckDbTelemetryWriter(database);
        writer.Write([batch]);
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static object? Scalar(DuckDBConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }
}
