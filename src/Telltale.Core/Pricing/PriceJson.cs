using System.Text.Json;

namespace Telltale.Core.Pricing;

/// <summary>
/// Reads and writes price entries as JSON with the same field names as the shipped <c>default-prices.json</c>, so
/// an override accepted by the API and an entry of the shipped table are interchangeable.
/// </summary>
public static class PriceJson
{
    /// <summary>Parses a list of entries: either a bare JSON array of entries or a whole table document
    /// (<c>{"version": …, "prices": [ … ]}</c>). Every entry is validated, so a bad pattern is reported here rather
    /// than on the ingest path.</summary>
    /// <exception cref="PriceTableException">The JSON is malformed or an entry is invalid.</exception>
    public static IReadOnlyList<ModelPrice> ParseEntries(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var trimmed = json.AsSpan().TrimStart();
        var entries = trimmed.Length > 0 && trimmed[0] == '{'
            ? Deserialize(json, PriceJsonContext.Default.PriceTableDocument)?.Prices
            : Deserialize(json, PriceJsonContext.Default.ListModelPrice);
        if (entries is null)
            throw new PriceTableException("Expected a JSON array of price entries or a price table object, got null.");
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i] is null)
                throw new PriceTableException($"Price entry {i} is null.");
            PriceEntry.Create(entries[i], tier: 0, order: i);
        }
        return entries;
    }

    /// <summary>Writes entries as a JSON array in the shipped file's format.</summary>
    public static string SerializeEntries(IEnumerable<ModelPrice> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return JsonSerializer.Serialize(entries.ToList(), PriceJsonContext.Default.ListModelPrice);
    }

    /// <summary>Parses a whole table document into its version and entries, without validating the entries.</summary>
    internal static PriceTableDocument ParseDocument(string json) =>
        Deserialize(json, PriceJsonContext.Default.PriceTableDocument)
        ?? throw new PriceTableException("Expected a price table object, got null.");

    internal static string SerializeDocument(PriceTableDocument document) =>
        JsonSerializer.Serialize(document, PriceJsonContext.Default.PriceTableDocument);

    private static T? Deserialize<T>(string json, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo)
    {
        try
        {
            return JsonSerializer.Deserialize(json, typeInfo);
        }
        catch (JsonException ex)
        {
            throw new PriceTableException($"Invalid price JSON: {ex.Message}", ex);
        }
    }
}
