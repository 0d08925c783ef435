using System.Globalization;
using System.Text.Json;
using Telltale.Otlp.Proto.Common;

namespace Telltale.Core.Normalization;

/// <summary>
/// Converts OTLP <see cref="AnyValue"/>s to JSON and reads them leniently. Emitters disagree on types (an int may
/// arrive as a string or a double, a bool as "true"), so the readers accept any representation that means the value.
/// </summary>
public static class AnyValueJson
{
    /// <summary>Writes the value as JSON: arrays as arrays, kvlists as objects, bytes as base64, an empty value as null.</summary>
    public static void Write(Utf8JsonWriter writer, AnyValue? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        switch (value.ValueCase)
        {
            case AnyValue.ValueOneofCase.StringValue:
                writer.WriteStringValue(value.StringValue);
                break;
            case AnyValue.ValueOneofCase.BoolValue:
                writer.WriteBooleanValue(value.BoolValue);
                break;
            case AnyValue.ValueOneofCase.IntValue:
                writer.WriteNumberValue(value.IntValue);
                break;
            case AnyValue.ValueOneofCase.DoubleValue:
                WriteDouble(writer, value.DoubleValue);
                break;
            case AnyValue.ValueOneofCase.ArrayValue:
                writer.WriteStartArray();
                foreach (var item in value.ArrayValue.Values)
                    Write(writer, item);
                writer.WriteEndArray();
                break;
            case AnyValue.ValueOneofCase.KvlistValue:
                WriteObject(writer, value.KvlistValue.Values);
                break;
            case AnyValue.ValueOneofCase.BytesValue:
                writer.WriteBase64StringValue(value.BytesValue.Span);
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }

    /// <summary>Writes key/value pairs as one JSON object. A repeated key keeps its last value, as OTLP SDKs do.</summary>
    public static void WriteObject(Utf8JsonWriter writer, IReadOnlyList<KeyValue> attributes)
    {
        writer.WriteStartObject();
        for (var i = 0; i < attributes.Count; i++)
        {
            if (IsOverriddenLater(attributes, i)) continue;
            writer.WritePropertyName(attributes[i].Key);
            Write(writer, attributes[i].Value);
        }
        writer.WriteEndObject();
    }

    /// <summary>The value as JSON text.</summary>
    public static string ToJson(AnyValue? value)
    {
        using var buffer = PooledJsonBuffer.Rent();
        Write(buffer.Writer, value);
        return buffer.ToText();
    }

    /// <summary>Key/value pairs as a JSON object text.</summary>
    public static string ObjectToJson(IReadOnlyList<KeyValue>? attributes)
    {
        if (attributes is null || attributes.Count == 0) return "{}";
        using var buffer = PooledJsonBuffer.Rent();
        WriteObject(buffer.Writer, attributes);
        return buffer.ToText();
    }

    /// <summary>
    /// The value as text: strings as they are (null when empty), numbers and bools in invariant form, arrays and kvlists
    /// as JSON text, bytes as base64.
    /// </summary>
    public static string? ReadString(AnyValue? value) => value?.ValueCase switch
    {
        AnyValue.ValueOneofCase.StringValue => value.StringValue.Length == 0 ? null : value.StringValue,
        AnyValue.ValueOneofCase.BoolValue => value.BoolValue ? "true" : "false",
        AnyValue.ValueOneofCase.IntValue => value.IntValue.ToString(CultureInfo.InvariantCulture),
        AnyValue.ValueOneofCase.DoubleValue => value.DoubleValue.ToString("R", CultureInfo.InvariantCulture),
        AnyValue.ValueOneofCase.ArrayValue or AnyValue.ValueOneofCase.KvlistValue => ToJson(value),
        AnyValue.ValueOneofCase.BytesValue => Convert.ToBase64String(value.BytesValue.Span),
        _ => null,
    };

    /// <summary>An integer from an int, a whole double, or a string holding either.</summary>
    public static long? ReadInt64(AnyValue? value)
    {
        switch (value?.ValueCase)
        {
            case AnyValue.ValueOneofCase.IntValue:
                return value.IntValue;
            case AnyValue.ValueOneofCase.DoubleValue:
                return DoubleToInt64(value.DoubleValue);
            case AnyValue.ValueOneofCase.StringValue:
                var text = value.StringValue.AsSpan().Trim();
                if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed)) return parsed;
                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return DoubleToInt64(d);
                return null;
            default:
                return null;
        }
    }

    /// <summary>A number from a double, an int, or a string holding either.</summary>
    public static double? ReadDouble(AnyValue? value) => value?.ValueCase switch
    {
        AnyValue.ValueOneofCase.DoubleValue => value.DoubleValue,
        AnyValue.ValueOneofCase.IntValue => value.IntValue,
        AnyValue.ValueOneofCase.StringValue when double.TryParse(value.StringValue.AsSpan().Trim(), NumberStyles.Float,
            CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    /// <summary>A bool from a bool, "true"/"false" in any case, or 0/1.</summary>
    public static bool? ReadBool(AnyValue? value) => value?.ValueCase switch
    {
        AnyValue.ValueOneofCase.BoolValue => value.BoolValue,
        AnyValue.ValueOneofCase.IntValue => value.IntValue != 0,
        AnyValue.ValueOneofCase.StringValue when bool.TryParse(value.StringValue.AsSpan().Trim(), out var parsed) => parsed,
        _ => null,
    };

    /// <summary>
    /// Parses a value that carries JSON, whichever way it was sent: a JSON string (how most SDKs send structured
    /// content on spans) or a structured array/kvlist (how events and some SDKs send it). Returns null when a string
    /// is not valid JSON, so the caller can fall back to treating it as plain text.
    /// </summary>
    public static JsonDocument? ParseJson(AnyValue? value)
    {
        switch (value?.ValueCase)
        {
            case AnyValue.ValueOneofCase.StringValue:
                return TryParse(value.StringValue);
            case AnyValue.ValueOneofCase.ArrayValue or AnyValue.ValueOneofCase.KvlistValue:
                using (var buffer = PooledJsonBuffer.Rent())
                {
                    Write(buffer.Writer, value);
                    // JsonDocument.Parse copies what it needs from the span; the buffer can go back to the pool.
                    return JsonDocument.Parse(buffer.WrittenUtf8().ToArray());
                }
            default:
                return null;
        }
    }

    /// <summary>Parses text as JSON, or returns null when it is not JSON (plain text where JSON was possible).</summary>
    public static JsonDocument? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var first = FirstNonWhiteSpace(text);
        // Only objects, arrays and strings can be structured content; anything else is plain text, and checking the
        // first character avoids throwing (slow) on the common plain-text case.
        if (first is not ('{' or '[' or '"')) return null;
        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static char FirstNonWhiteSpace(string text)
    {
        foreach (var c in text)
            if (!char.IsWhiteSpace(c)) return c;
        return '\0';
    }

    private static long? DoubleToInt64(double d) =>
        double.IsFinite(d) && d >= long.MinValue && d <= long.MaxValue ? (long)Math.Round(d) : null;

    private static void WriteDouble(Utf8JsonWriter writer, double d)
    {
        // JSON has no NaN or infinity; keep the information as a string rather than failing the whole span.
        if (double.IsFinite(d)) writer.WriteNumberValue(d);
        else writer.WriteStringValue(d.ToString(CultureInfo.InvariantCulture));
    }

    private static bool IsOverriddenLater(IReadOnlyList<KeyValue> attributes, int index)
    {
        // Duplicate keys are rare and these lists (resource, scope, event attributes) are short; a scan is cheaper
        // than building a set for the usual case.
        var key = attributes[index].Key;
        for (var j = index + 1; j < attributes.Count; j++)
            if (string.Equals(attributes[j].Key, key, StringComparison.Ordinal)) return true;
        return false;
    }
}
