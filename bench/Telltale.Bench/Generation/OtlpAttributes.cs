using Telltale.Otlp.Proto.Common;

namespace Telltale.Bench.Generation;

/// <summary>Short constructors for OTLP attributes.</summary>
public static class OtlpAttributes
{
    public static KeyValue Str(string key, string value) => new() { Key = key, Value = new AnyValue { StringValue = value } };

    public static KeyValue Int(string key, long value) => new() { Key = key, Value = new AnyValue { IntValue = value } };

    public static KeyValue Dbl(string key, double value) => new() { Key = key, Value = new AnyValue { DoubleValue = value } };

    public static KeyValue StrArray(string key, params string[] values)
    {
        var array = new ArrayValue();
        foreach (var value in values) array.Values.Add(new AnyValue { StringValue = value });
        return new KeyValue { Key = key, Value = new AnyValue { ArrayValue = array } };
    }
}
