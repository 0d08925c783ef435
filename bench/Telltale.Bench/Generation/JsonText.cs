using System.Text;
using System.Text.Json;

namespace Telltale.Bench.Generation;

/// <summary>Builds JSON attribute values (messages, documents, arguments) with a real writer, so escaping is right.</summary>
public static class JsonText
{
    public static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(2048);
        using (var writer = new Utf8JsonWriter(buffer)) write(writer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>A v1.37+ GenAI message with one text part: <c>{"role":…,"parts":[{"type":"text","content":…}]}</c>.</summary>
    public static void TextMessage(Utf8JsonWriter writer, string role, string content, string? finishReason = null)
    {
        writer.WriteStartObject();
        writer.WriteString("role", role);
        writer.WriteStartArray("parts");
        writer.WriteStartObject();
        writer.WriteString("type", "text");
        writer.WriteString("content", content);
        writer.WriteEndObject();
        writer.WriteEndArray();
        if (finishReason is not null) writer.WriteString("finish_reason", finishReason);
        writer.WriteEndObject();
    }

    public static void ToolCallMessage(Utf8JsonWriter writer, string callId, string tool, string argumentsJson, string? finishReason)
    {
        writer.WriteStartObject();
        writer.WriteString("role", "assistant");
        writer.WriteStartArray("parts");
        writer.WriteStartObject();
        writer.WriteString("type", "tool_call");
        writer.WriteString("id", callId);
        writer.WriteString("name", tool);
        writer.WritePropertyName("arguments");
        writer.WriteRawValue(argumentsJson);
        writer.WriteEndObject();
        writer.WriteEndArray();
        if (finishReason is not null) writer.WriteString("finish_reason", finishReason);
        writer.WriteEndObject();
    }

    public static void ToolResponseMessage(Utf8JsonWriter writer, string callId, string response)
    {
        writer.WriteStartObject();
        writer.WriteString("role", "tool");
        writer.WriteStartArray("parts");
        writer.WriteStartObject();
        writer.WriteString("type", "tool_call_response");
        writer.WriteString("id", callId);
        writer.WriteString("response", response);
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
