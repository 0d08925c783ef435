using System.Text.Json;
using System.Text.Json.Serialization;

namespace Telltale.Core.Time;

/// <summary>Reads and writes TimeSpan as <see cref="DurationText"/> ("5m"), the way rule files and the API spell them.</summary>
public sealed class DurationJsonConverter : JsonConverter<TimeSpan>
{
    public override TimeSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && DurationText.TryParse(reader.GetString(), out var d)
            ? d
            : throw new JsonException($"Expected a duration such as \"30s\", \"5m\", \"1h\" or \"7d\".");

    public override void Write(Utf8JsonWriter writer, TimeSpan value, JsonSerializerOptions options) =>
        writer.WriteStringValue(DurationText.Format(value));
}
