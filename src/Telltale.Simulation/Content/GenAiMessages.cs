using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Telltale.Simulation.Content;

/// <summary>The JSON forms of <c>gen_ai.input.messages</c>, <c>gen_ai.output.messages</c> and
/// <c>gen_ai.retrieval.documents</c> (GenAI conventions v1.37+: messages of typed parts).</summary>
public static class GenAiMessages
{
    public static string Input(params (string Role, string Text)[] messages)
    {
        return Write(w =>
        {
            w.WriteStartArray();
            foreach (var (role, text) in messages) TextMessage(w, role, text, null);
            w.WriteEndArray();
        });
    }

    public static string SystemInstructions(string text) => Write(w =>
    {
        w.WriteStartArray();
        w.WriteStartObject();
        w.WriteString("type", "text");
        w.WriteString("content", text);
        w.WriteEndObject();
        w.WriteEndArray();
    });

    public static string Output(string text, string finishReason) => Write(w =>
    {
        w.WriteStartArray();
        TextMessage(w, "assistant", text, finishReason);
        w.WriteEndArray();
    });

    public static string ToolCall(string callId, string tool, string argumentsJson) => Write(w =>
    {
        w.WriteStartArray();
        w.WriteStartObject();
        w.WriteString("role", "assistant");
        w.WriteStartArray("parts");
        w.WriteStartObject();
        w.WriteString("type", "tool_call");
        w.WriteString("id", callId);
        w.WriteString("name", tool);
        w.WritePropertyName("arguments");
        w.WriteRawValue(argumentsJson);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteString("finish_reason", "tool_call");
        w.WriteEndObject();
        w.WriteEndArray();
    });

    public sealed record Document(string Id, double Score, string Title, string Content, DateOnly UpdatedAt);

    public static string Documents(IEnumerable<Document> documents) => Write(w =>
    {
        w.WriteStartArray();
        foreach (var d in documents)
        {
            w.WriteStartObject();
            w.WriteString("id", d.Id);
            w.WriteNumber("score", Math.Round(d.Score, 3));
            w.WriteString("content", d.Content);
            w.WriteStartObject("metadata");
            w.WriteString("title", d.Title);
            w.WriteString("updated_at", d.UpdatedAt.ToString("yyyy-MM-dd"));
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    });

    /// <summary>A small JSON object of string properties (tool arguments and results).</summary>
    public static string Object(params (string Key, object Value)[] properties) => Write(w =>
    {
        w.WriteStartObject();
        foreach (var (key, value) in properties)
        {
            switch (value)
            {
                case string s: w.WriteString(key, s); break;
                case int i: w.WriteNumber(key, i); break;
                case double d: w.WriteNumber(key, Math.Round(d, 3)); break;
                case bool b: w.WriteBoolean(key, b); break;
                default: w.WriteString(key, value.ToString()); break;
            }
        }
        w.WriteEndObject();
    });

    private static void TextMessage(Utf8JsonWriter w, string role, string text, string? finishReason)
    {
        w.WriteStartObject();
        w.WriteString("role", role);
        w.WriteStartArray("parts");
        w.WriteStartObject();
        w.WriteString("type", "text");
        w.WriteString("content", text);
        w.WriteEndObject();
        w.WriteEndArray();
        if (finishReason is not null) w.WriteString("finish_reason", finishReason);
        w.WriteEndObject();
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        // Relaxed escaping keeps "+1 415…" and "García" readable in the stored attribute; it is never embedded in HTML.
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping })) write(writer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
