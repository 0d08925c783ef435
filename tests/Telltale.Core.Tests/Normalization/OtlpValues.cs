using Google.Protobuf;
using Telltale.Otlp.Proto.Common;

namespace Telltale.Core.Tests.Normalization;

/// <summary>Builds OTLP values for tests that need a shape no fixture has.</summary>
internal static class OtlpValues
{
    public static AnyValue Str(string value) => new() { StringValue = value };
    public static AnyValue Int(long value) => new() { IntValue = value };
    public static AnyValue Dbl(double value) => new() { DoubleValue = value };
    public static AnyValue Bool(bool value) => new() { BoolValue = value };
    public static AnyValue Bytes(params byte[] value) => new() { BytesValue = ByteString.CopyFrom(value) };

    public static AnyValue Array(params AnyValue[] values)
    {
        var array = new ArrayValue();
        array.Values.AddRange(values);
        return new AnyValue { ArrayValue = array };
    }

    public static AnyValue Map(params (string Key, AnyValue Value)[] entries)
    {
        var list = new KeyValueList();
        foreach (var (key, value) in entries) list.Values.Add(new KeyValue { Key = key, Value = value });
        return new AnyValue { KvlistValue = list };
    }

    public static KeyValue[] Attributes(params (string Key, AnyValue Value)[] entries)
    {
        var result = new KeyValue[entries.Length];
        for (var i = 0; i < entries.Length; i++) result[i] = new KeyValue { Key = entries[i].Key, Value = entries[i].Value };
        return result;
    }
}
