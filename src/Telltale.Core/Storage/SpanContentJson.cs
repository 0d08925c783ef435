using Telltale.Core.Model;
using System.Text.Json;

namespace Telltale.Core.Storage;

/// <summary>
/// The JSON columns of a span (messages, documents, tool, tags, finish reasons), serialized before the batch reaches
/// the single writer thread: request threads do this work in parallel, and the writer only copies strings.
/// </summary>
public sealed record SpanContentJson(
    string? Tags,
    string? FinishReasons,
    string? InputMessages,
    string? OutputMessages,
    string? Tool,
    string? Documents)
{
    public static SpanContentJson From(AiSpan s) => new(
        Strings(s.Tags),
        Strings(s.FinishReasons),
        s.InputMessages.Count == 0 ? null : JsonSerializer.Serialize(s.InputMessages, Json.IReadOnlyListChatMessage),
        s.OutputMessages.Count == 0 ? null : JsonSerializer.Serialize(s.OutputMessages, Json.IReadOnlyListChatMessage),
        s.Tool is null ? null : JsonSerializer.Serialize(s.Tool, Json.ToolInvocation),
        s.Documents.Count == 0 ? null : JsonSerializer.Serialize(s.Documents, Json.IReadOnlyListRetrievedDocument));

    /// <summary>Serializes log-record messages the same way.</summary>
    public static string? Messages(IReadOnlyList<ChatMessage> messages) =>
        messages.Count == 0 ? null : JsonSerializer.Serialize(messages, Json.IReadOnlyListChatMessage);

    private static StorageJsonContext Json => StorageJsonContext.Default;

    private static string? Strings(IReadOnlyList<string> values) =>
        values.Count == 0 ? null : JsonSerializer.Serialize(values, Json.IReadOnlyListString);
}
