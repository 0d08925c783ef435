using System.Text.Json;
using Telltale.Core.Normalization;
using Telltale.Core.Querying;

namespace Telltale.Core.Intents;

/// <summary>
/// Reads what a trace says about its conversation's intent: the first thing the user said, and an intent the
/// application declared itself. Spans are given in start order.
/// </summary>
public static class ConversationOpening
{
    /// <summary>RAG applications often put retrieved context into the user message; the opening of a long message
    /// says enough about its intent, and classifying megabytes of context would be slow.</summary>
    public const int MaxLength = 4000;

    /// <summary>The span attribute an application declares a trace's intent with.</summary>
    public const string IntentAttribute = GenAiAttributes.TelltaleIntent;

    /// <summary>The first user message of the first LLM call that has one; else the input value (OpenInference,
    /// OpenLLMetry) of the first LLM call, then of the root span.</summary>
    public static string? FirstUserMessage(IReadOnlyList<SpanView> spans)
    {
        var calls = spans.Where(s => s.Kind == "llm").ToList();
        var text = calls.SelectMany(c => c.InputMessages).FirstOrDefault(m => m.Role == "user" && !string.IsNullOrWhiteSpace(m.Content))?.Content
                   ?? calls.Select(c => c.InputValue).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))
                   ?? spans.FirstOrDefault(s => s.ParentSpanId is null && !string.IsNullOrWhiteSpace(s.InputValue))?.InputValue;
        if (text is null) return null;
        text = text.Trim();
        return text.Length > MaxLength ? text[..MaxLength] : text;
    }

    /// <summary>A <c>telltale.intent</c> attribute on the root span, else on the earliest span that has one.</summary>
    public static string? DeclaredIntent(IReadOnlyList<SpanView> spans) =>
        spans.Where(s => s.ParentSpanId is null).Concat(spans).Select(Declared).FirstOrDefault(i => i is not null);

    private static string? Declared(SpanView span) =>
        span.Attributes.ValueKind == JsonValueKind.Object
        && span.Attributes.TryGetProperty(IntentAttribute, out var value)
        && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;
}
