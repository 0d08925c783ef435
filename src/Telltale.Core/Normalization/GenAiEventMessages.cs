using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Telltale.Core.Model;
using Telltale.Otlp.Proto.Common;
using Telltale.Otlp.Proto.Logs;

namespace Telltale.Core.Normalization;

/// <summary>
/// Turns GenAI events into chat messages. The same events arrive two ways: as span events (Semantic Kernel) and as
/// OTLP log records correlated to a span by trace and span id (the ≤1.36 conventions, Python contrib); callers pass
/// the name, attributes and optional body so both paths share this code.
/// </summary>
public static class GenAiEventMessages
{
    public const string SystemMessage = "gen_ai.system.message";
    public const string UserMessage = "gen_ai.user.message";
    public const string AssistantMessage = "gen_ai.assistant.message";
    public const string ToolMessage = "gen_ai.tool.message";
    public const string Choice = "gen_ai.choice";

    /// <summary>The v1.37+ opt-in event carrying the whole conversation as structured attributes.</summary>
    public const string InferenceOperationDetails = "gen_ai.client.inference.operation.details";

    /// <summary>Semantic Kernel puts the message JSON in this span event attribute instead of the body.</summary>
    public const string SemanticKernelContentAttribute = "gen_ai.event.content";

    /// <summary>True for the events this type turns into messages.</summary>
    public static bool IsMessageEvent(string? eventName) => RoleOf(eventName) is not null || eventName == InferenceOperationDetails;

    /// <summary>
    /// The event name of a log record: <c>event_name</c> (OTLP 1.5+) or the older <c>event.name</c> attribute.
    /// </summary>
    public static string? EventNameOf(LogRecord record)
    {
        if (record.EventName.Length > 0) return record.EventName;
        foreach (var attribute in record.Attributes)
            if (attribute.Key == "event.name") return AnyValueJson.ReadString(attribute.Value);
        return null;
    }

    /// <summary>
    /// Converts one per-message event (<c>gen_ai.{system,user,assistant,tool}.message</c> or <c>gen_ai.choice</c>).
    /// The content comes from SK's <c>gen_ai.event.content</c> attribute when present, else from the body
    /// (<c>{content, role?, tool_calls?, id?}</c>, or for a choice <c>{index, finish_reason, message{…}, tool_calls?}</c>).
    /// </summary>
    /// <param name="isOutput">True for <c>gen_ai.choice</c>: a message the model produced in this call, as opposed
    /// to conversation history sent to it (an assistant message is history).</param>
    public static bool TryConvert(string? eventName, IReadOnlyList<KeyValue> attributes, AnyValue? body,
        [NotNullWhen(true)] out ChatMessage? message, out bool isOutput)
    {
        message = null;
        isOutput = eventName == Choice;
        var defaultRole = RoleOf(eventName);
        if (defaultRole is null) return false;

        using var document = ParseContent(attributes, body);
        if (document is null)
        {
            // A plain-text body or attribute is the message text itself.
            var text = Find(attributes, SemanticKernelContentAttribute) is { } attribute
                ? AnyValueJson.ReadString(attribute)
                : AnyValueJson.ReadString(body);
            message = new ChatMessage(defaultRole, text);
            return true;
        }

        var root = document.RootElement;
        var messages = new List<ChatMessage>(1);
        if (isOutput && root.ValueKind == JsonValueKind.Object && root.TryGetProperty("message", out var inner))
        {
            MessageJsonReader.ReadMessage(inner, messages, defaultRole);
            if (messages.Count == 0) messages.Add(new ChatMessage(defaultRole, null));
            var choice = messages[0];
            // The ≤1.36 spec puts tool_calls beside message; SK writes them in both places. Prefer the message's own.
            if (choice.ToolCalls.Count == 0)
            {
                var outer = new List<ChatMessage>(1);
                MessageJsonReader.ReadMessage(root, outer, defaultRole);
                if (outer.Count > 0 && outer[0].ToolCalls.Count > 0) choice = choice with { ToolCalls = outer[0].ToolCalls };
            }
            var finish = MessageJsonReader.NormalizeFinishReason(MessageJsonReader.GetString(root, "finish_reason"));
            message = finish is null ? choice : choice with { FinishReason = finish };
            return true;
        }

        MessageJsonReader.ReadMessage(root, messages, defaultRole);
        message = messages.Count > 0 ? messages[0] : new ChatMessage(defaultRole, null);
        return true;
    }

    /// <summary>
    /// Converts a <c>gen_ai.client.inference.operation.details</c> event: structured <c>gen_ai.system_instructions</c>,
    /// <c>gen_ai.input.messages</c> and <c>gen_ai.output.messages</c> in its attributes (or, leniently, in a kvlist body).
    /// </summary>
    /// <returns>True when any message was found.</returns>
    public static bool TryConvertOperationDetails(IReadOnlyList<KeyValue> attributes, AnyValue? body,
        List<ChatMessage> input, List<ChatMessage> output)
    {
        IReadOnlyList<KeyValue> source = attributes;
        if (Find(attributes, GenAiAttributes.InputMessages) is null && Find(attributes, GenAiAttributes.OutputMessages) is null
            && body?.ValueCase == AnyValue.ValueOneofCase.KvlistValue)
            source = body.KvlistValue.Values;

        var before = input.Count + output.Count;
        ReadMessageAttribute(Find(source, GenAiAttributes.SystemInstructions), input, isSystem: true);
        ReadMessageAttribute(Find(source, GenAiAttributes.InputMessages), input, isSystem: false);
        ReadMessageAttribute(Find(source, GenAiAttributes.OutputMessages), output, isSystem: false, defaultRole: "assistant");
        return input.Count + output.Count > before;
    }

    /// <summary>Reads a content attribute (JSON string or structured) into messages; plain text becomes one message.</summary>
    internal static void ReadMessageAttribute(AnyValue? value, List<ChatMessage> into, bool isSystem, string defaultRole = "user")
    {
        if (value is null) return;
        using var document = AnyValueJson.ParseJson(value);
        if (document is null)
        {
            if (AnyValueJson.ReadString(value) is { } text)
                into.Add(new ChatMessage(isSystem ? "system" : defaultRole, text));
            return;
        }
        if (isSystem) MessageJsonReader.ReadSystemInstructions(document.RootElement, into);
        else MessageJsonReader.ReadMessages(document.RootElement, into, defaultRole);
    }

    private static JsonDocument? ParseContent(IReadOnlyList<KeyValue> attributes, AnyValue? body)
    {
        if (Find(attributes, SemanticKernelContentAttribute) is { } skContent) return AnyValueJson.ParseJson(skContent);
        return AnyValueJson.ParseJson(body);
    }

    private static string? RoleOf(string? eventName) => eventName switch
    {
        SystemMessage => "system",
        UserMessage => "user",
        AssistantMessage => "assistant",
        ToolMessage => "tool",
        Choice => "assistant",
        _ => null,
    };

    private static AnyValue? Find(IReadOnlyList<KeyValue> attributes, string key)
    {
        for (var i = attributes.Count - 1; i >= 0; i--)
            if (attributes[i].Key == key) return attributes[i].Value;
        return null;
    }
}
