using System.Globalization;

namespace Telltale.Bench.Cli;

/// <summary>The <c>--name value</c> options of a suite. Each suite reads what it knows; an option nobody read is an
/// error, so a typo does not silently run the defaults.</summary>
public sealed class BenchArgs
{
    private readonly Dictionary<string, string> _values;
    private readonly HashSet<string> _read = new(StringComparer.OrdinalIgnoreCase);

    private BenchArgs(Dictionary<string, string> values) => _values = values;

    public static BenchArgs Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal)) throw new BenchArgsException($"Unexpected argument '{arg}'.");
            var name = arg[2..];
            var equals = name.IndexOf('=', StringComparison.Ordinal);
            if (equals >= 0) values[name[..equals]] = name[(equals + 1)..];
            else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal)) values[name] = args[++i];
            else values[name] = "true";
        }
        return new BenchArgs(values);
    }

    public int Int(string name, int fallback) => Read(name) is { } text ? int.Parse(text.Replace("_", ""), CultureInfo.InvariantCulture) : fallback;

    public double Double(string name, double fallback) => Read(name) is { } text ? double.Parse(text, CultureInfo.InvariantCulture) : fallback;

    public string? String(string name) => Read(name);

    public bool Flag(string name) => Read(name) is { } text && text != "false";

    public void ThrowIfUnused()
    {
        var unused = _values.Keys.Where(k => !_read.Contains(k)).ToList();
        if (unused.Count > 0) throw new BenchArgsException($"Unknown option(s): {string.Join(", ", unused.Select(u => "--" + u))}");
    }

    private string? Read(string name)
    {
        _read.Add(name);
        return _values.GetValueOrDefault(name);
    }
}

public sealed class BenchArgsException(string message) : Exception(message);
