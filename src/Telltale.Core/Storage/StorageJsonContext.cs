using System.Text.Json.Serialization;
using Telltale.Core.Model;

namespace Telltale.Core.Storage;

/// <summary>
/// Source-generated serializers for the JSON columns written on the ingest path: no reflection per span. Same
/// conventions as <see cref="Serialization.TelltaleJson"/> (camelCase, nulls omitted), which reads them back.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(IReadOnlyList<ChatMessage>))]
[JsonSerializable(typeof(IReadOnlyList<RetrievedDocument>))]
[JsonSerializable(typeof(ToolInvocation))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
