using System.Text.Json.Serialization;

namespace Telltale.Core.Pricing;

/// <summary>
/// Source-generated serialization for price entries: no reflection at run time, and unknown fields are rejected so
/// a typo in an override (<c>"cache_read"</c>) fails loudly instead of silently pricing cache reads at the input rate.
/// Comments and trailing commas are allowed because people edit the shipped file by hand.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    WriteIndented = true)]
[JsonSerializable(typeof(PriceTableDocument))]
[JsonSerializable(typeof(List<ModelPrice>))]
internal sealed partial class PriceJsonContext : JsonSerializerContext;
