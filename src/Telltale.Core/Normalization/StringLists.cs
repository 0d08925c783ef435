using System.Text.Json;
using Telltale.Otlp.Proto.Common;

namespace Telltale.Core.Normalization;

/// <summary>
/// Reads a list of strings however it was sent: a real string array, a JSON array in a string (M.E.AI and Semantic
/// Kernel write <c>"[\"stop\"]"</c>), or a single plain string.
/// </summary>
internal static class StringLists
{
    public static void Read(AnyValue value, List<string> into, bool splitCommas)
    {
        switch (value.ValueCase)
        {
            case AnyValue.ValueOneofCase.ArrayValue:
                foreach (var item in value.ArrayValue.Values)
                    if (AnyValueJson.ReadString(item) is { } text) into.Add(text);
                break;
            case AnyValue.ValueOneofCase.StringValue:
                ReadText(value.StringValue, into, splitCommas);
                break;
            default:
                if (AnyValueJson.ReadString(value) is { } other) into.Add(other);
                break;
        }
    }

    public static IReadOnlyList<string> Distinct(List<string> items)
    {
        if (items.Count < 2) return items;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var distinct = new List<string>(items.Count);
        foreach (var item in items)
            if (seen.Add(item)) distinct.Add(item);
        return distinct;
    }

    private static void ReadText(string text, List<string> into, bool splitCommas)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0) return;
        if (trimmed[0] == '[')
        {
            using var document = AnyValueJson.TryParse(trimmed);
            if (document is not null && document.RootElement.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in document.RootElement.EnumerateArray())
                    if (MessageJsonReader.AsText(item) is { } piece) into.Add(piece);
                return;
            }
        }

        if (!splitCommas)
        {
            into.Add(trimmed);
            return;
        }
        foreach (var piece in trimmed.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            into.Add(piece);
    }
}
