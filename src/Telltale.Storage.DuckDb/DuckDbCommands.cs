using DuckDB.NET.Data;

namespace Telltale.Storage.DuckDb;

/// <summary>Builds parameterised commands; values are always bound, never spliced into SQL text.</summary>
internal static class DuckDbCommands
{
    public static DuckDBCommand Create(DuckDBConnection connection, string sql, IEnumerable<object?> args)
    {
        var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var arg in args)
            cmd.Parameters.Add(new DuckDBParameter(arg switch
            {
                null => DBNull.Value,
                DateTimeOffset t => t.UtcDateTime,
                _ => arg,
            }));
        return cmd;
    }
}
