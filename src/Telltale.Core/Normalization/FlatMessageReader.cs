using System.Text;
using System.Text.Json;
using Telltale.Core.Model;
using Telltale.Otlp.Proto.Common;

namespace Telltale.Core.Normalization;

/// <summary>
/// Reads messages and documents flattened into indexed attributes. OpenInference writes
/// <c>llm.input_messages.0.message.role</c>, <c>….message.contents.0.message_content.text</c> and
/// <c>….message.tool_calls.0.tool_call.function.name</c>; OpenLLMetry writes <c>gen_ai.prompt.0.role</c> and
/// <c>gen_ai.prompt.0.tool_calls.0.name</c>. Stripping the <c>message.</c>, <c>tool_call.</c> and <c>function.</c>
/// wrappers lets one reader handle both.
/// </summary>
internal static class FlatMessageReader
{
    public static void ReadMessages(IndexedAttributeGroup group, List<ChatMessage> into, string defaultRole)
    {
        foreach (var (_, fields) in group.Items())
            into.Add(ReadMessage(fields, defaultRole));
    }

    public static void ReadDocuments(IndexedAttributeGroup group, List<RetrievedDocument> into)
    {
        foreach (var (_, fields) in group.Items())
        {
            var id = Field(fields, "document.id");
            var content = Field(fields, "document.content");
            var score = fields.TryGetValue("document.score", out var s) ? AnyValueJson.ReadDouble(s) : null;
            var metadata = Field(fields, "document.metadata");
            into.Add(new RetrievedDocument(id, score, content) { MetadataJson = metadata });
        }
    }

    private static ChatMessage ReadMessage(Dictionary<string, AnyValue> fields, string defaultRole)
    {
        string? role = null, content = null, name = null, toolCallId = null, finishReason = null;
        SortedDictionary<int, StringBuilder>? contents = null;
        SortedDictionary<int, (string? Id, string? Name, string? Arguments)>? toolCalls = null;

        foreach (var (rawKey, value) in fields)
        {
            var key = rawKey.StartsWith("message.", StringComparison.Ordinal) ? rawKey[8..] : rawKey;
            switch (key)
            {
                case "role": role = AnyValueJson.ReadString(value); break;
                case "content": content = AnyValueJson.ReadString(value); break;
                case "name": name = AnyValueJson.ReadString(value); break;
                case "tool_call_id": toolCallId = AnyValueJson.ReadString(value); break;
                case "finish_reason": finishReason = AnyValueJson.ReadString(value); break;
                default:
                    if (TrySplitIndex(key, "contents.", out var contentIndex, out var contentField))
                    {
                        // Only text parts carry text; image parts carry a URL that is not message text.
                        if (contentField is "message_content.text" or "text" && AnyValueJson.ReadString(value) is { } text)
                            (contents ??= [])[contentIndex] = new StringBuilder(text);
                    }
                    else if (TrySplitIndex(key, "tool_calls.", out var callIndex, out var callField))
                    {
                        toolCalls ??= [];
                        toolCalls.TryGetValue(callIndex, out var call);
                        if (callField.StartsWith("tool_call.", StringComparison.Ordinal)) callField = callField[10..];
                        if (callField.StartsWith("function.", StringComparison.Ordinal)) callField = callField[9..];
                        switch (callField)
                        {
                            case "id": call.Id = AnyValueJson.ReadString(value); break;
                            case "name": call.Name = AnyValueJson.ReadString(value); break;
                            case "arguments": call.Arguments = AnyValueJson.ReadString(value); break;
                        }
                        toolCalls[callIndex] = call;
                    }
                    break;
            }
        }

        if (content is null && contents is not null) content = string.Join('\n', contents.Values);
        else if (content is not null) content = UnwrapContentBlocks(content);

        IReadOnlyList<ToolCallRequest> calls = [];
        if (toolCalls is not null)
        {
            var list = new List<ToolCallRequest>(toolCalls.Count);
            foreach (var call in toolCalls.Values)
                if (call.Name is not null) list.Add(new ToolCallRequest(call.Id, call.Name, call.Arguments));
            calls = list;
        }

        return new ChatMessage(MessageJsonReader.NormalizeRole(role) ?? defaultRole, content)
        {
            Name = name,
            ToolCallId = toolCallId,
            ToolCalls = calls,
            FinishReason = MessageJsonReader.NormalizeFinishReason(finishReason),
        };
    }

    /// <summary>
    /// OpenLLMetry's Anthropic and Bedrock instrumentations put the provider's content blocks, as JSON text, into
    /// <c>content</c> (<c>[{"type":"text","text":"…"}]</c>). Only an array whose items are all typed blocks is unwrapped,
    /// so a user message that merely starts with "[" stays as it is.
    /// </summary>
    private static string UnwrapContentBlocks(string content)
    {
        if (content.Length < 2 || content[0] != '[') return content;
        using var document = AnyValueJson.TryParse(content);
        if (document is null || document.RootElement.ValueKind != JsonValueKind.Array) return content;
        var text = new StringBuilder();
        foreach (var block in document.RootElement.EnumerateArray())
        {
            if (block.ValueKind != JsonValueKind.Object || !block.TryGetProperty("type", out _)) return content;
            if (MessageJsonReader.GetString(block, "type") == "text" && MessageJsonReader.GetString(block, "text") is { } piece)
            {
                if (text.Length > 0) text.Append('\n');
                text.Append(piece);
            }
        }
        return text.ToString();
    }

    private static bool TrySplitIndex(string key, string prefix, out int index, out string field)
    {
        index = 0;
        field = "";
        if (!key.StartsWith(prefix, StringComparison.Ordinal)) return false;
        var rest = key.AsSpan(prefix.Length);
        var dot = rest.IndexOf('.');
        if (dot <= 0 || !int.TryParse(rest[..dot], System.Globalization.NumberStyles.None, null, out index)) return false;
        field = key[(prefix.Length + dot + 1)..];
        return true;
    }

    private static string? Field(Dictionary<string, AnyValue> fields, string key) =>
        fields.TryGetValue(key, out var value) ? AnyValueJson.ReadString(value) : null;
}
