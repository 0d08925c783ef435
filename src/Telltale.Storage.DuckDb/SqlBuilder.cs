using System.Text;
using DuckDB.NET.Data;

namespace Telltale.Storage.DuckDb;

/// <summary>Accumulates SQL text and its bound parameters ($1, $2, …) so filters can be added one by one without
/// ever splicing a user value into the text.</summary>
internal sealed class SqlBuilder
{
    private readonly StringBuilder _sql = new();
    private readonly List<object?> _args = [];

    public SqlBuilder Append(string sql)
    {
        _sql.Append(sql);
        return this;
    }

    /// <summary>Binds a value and returns its placeholder.</summary>
    public string Bind(object? value)
    {
        _args.Add(value);
        return "$" + _args.Count;
    }

    public DuckDBCommand ToCommand(DuckDBConnection connection) => DuckDbCommands.Create(connection, _sql.ToString(), _args);

    public override string ToString() => _sql.ToString();
}
