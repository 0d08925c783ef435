using System.Text.Json;
using System.Text.Json.Nodes;
using Google.Protobuf;

namespace Telltale.Otlp.Json;

/// <summary>
/// Decodes OTLP/JSON. OTLP's JSON differs from the standard proto3 mapping in one way that matters here: trace and
/// span ids are hex strings rather than base64. We rewrite those to base64 and then let Google.Protobuf's parser
/// apply the rest of the mapping (camelCase keys, 64-bit integers as strings or numbers, integer enums), ignoring
/// unknown fields as the OTLP specification requires.
/// </summary>
public static class OtlpJsonParser
{
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(true));

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 128 };

    /// <summary>Hex id fields, by their JSON names, in spans, links, log records and exemplars.</summary>
    private static readonly HashSet<string> HexIdFields = ["traceId", "spanId", "parentSpanId", "trace_id", "span_id", "parent_span_id"];

    public static T Parse<T>(ReadOnlySpan<byte> utf8Json) where T : IMessage<T>, new()
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(utf8Json, documentOptions: DocumentOptions);
        }
        catch (JsonException ex)
        {
            throw new OtlpDecodeException($"The body is not valid JSON: {ex.Message}", ex);
        }

        if (root is not JsonObject obj)
            throw new OtlpDecodeException("The body must be a JSON object (an OTLP Export*ServiceRequest).");

        RewriteHexIds(obj);
        try
        {
            return Parser.Parse<T>(obj.ToJsonString());
        }
        catch (InvalidProtocolBufferException ex)
        {
            throw new OtlpDecodeException($"The JSON does not match the OTLP schema: {ex.Message}", ex);
        }
        catch (InvalidJsonException ex)
        {
            throw new OtlpDecodeException($"The JSON does not match the OTLP schema: {ex.Message}", ex);
        }
        catch (FormatException ex)
        {
            throw new OtlpDecodeException($"The JSON holds a value of the wrong type: {ex.Message}", ex);
        }
    }

    private static void RewriteHexIds(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj.ToArray())
                {
                    if (child is null) continue;
                    if (HexIdFields.Contains(key) && child is JsonValue value && value.TryGetValue<string>(out var hex))
                        obj[key] = HexToBase64(key, hex);
                    else
                        RewriteHexIds(child);
                }
                break;
            case JsonArray array:
                foreach (var child in array)
                    if (child is not null) RewriteHexIds(child);
                break;
        }
    }

    private static string HexToBase64(string field, string hex)
    {
        if (hex.Length == 0) return "";
        try
        {
            return Convert.ToBase64String(Convert.FromHexString(hex));
        }
        catch (FormatException)
        {
            throw new OtlpDecodeException($"Field '{field}' must be a hex string, got '{Truncate(hex)}'.");
        }
    }

    private static string Truncate(string s) => s.Length <= 64 ? s : s[..64] + "…";
}
