using System.Data.Common;
using DuckDB.NET.Data;

namespace Telltale.Storage.DuckDb;

/// <summary>The small-statement helpers every store shares: one connection per call, values always bound.</summary>
internal static class DuckDbQueries
{
    public static List<T> Query<T>(this DuckDbDatabase database, string sql, Func<DbDataReader, T> read, params object?[] args)
    {
        using var connection = database.OpenConnection();
        return connection.Query(sql, read, args);
    }

    public static List<T> Query<T>(this DuckDBConnection connection, string sql, Func<DbDataReader, T> read, params object?[] args)
    {
        using var cmd = DuckDbCommands.Create(connection, sql, args);
        return cmd.ReadAll(read);
    }

    /// <summary>A query whose filters were added one by one (<see cref="SqlBuilder"/>).</summary>
    public static List<T> Query<T>(this DuckDbDatabase database, SqlBuilder sql, Func<DbDataReader, T> read)
    {
        using var connection = database.OpenConnection();
        using var cmd = sql.ToCommand(connection);
        return cmd.ReadAll(read);
    }

    private static List<T> ReadAll<T>(this DuckDBCommand cmd, Func<DbDataReader, T> read)
    {
        using var reader = cmd.ExecuteReader();
        var results = new List<T>();
        while (reader.Read()) results.Add(read(reader));
        return results;
    }

    public static int Execute(this DuckDbDatabase database, string sql, params object?[] args)
    {
        using var connection = database.OpenConnection();
        return connection.Execute(sql, args);
    }

    public static int Execute(this DuckDBConnection connection, string sql, params object?[] args)
    {
        using var cmd = DuckDbCommands.Create(connection, sql, args);
        return cmd.ExecuteNonQuery();
    }

    /// <summary>Runs the statements in one transaction: all of them happen or none.</summary>
    public static void InTransaction(this DuckDbDatabase database, Action<DuckDBConnection> work)
    {
        using var connection = database.OpenConnection();
        using var tx = connection.BeginTransaction();
        work(connection);
        tx.Commit();
    }

    /// <summary>Replaces the JSON document with this id (tables shaped project_id, id, document).</summary>
    public static void SaveDocument(this DuckDbDatabase database, string table, string projectId, string id, string json) =>
        database.InTransaction(c =>
        {
            c.Execute($"DELETE FROM {table} WHERE project_id = $1 AND id = $2", projectId, id);
            c.Execute($"INSERT INTO {table} VALUES ($1, $2, $3)", projectId, id, json);
        });
}
