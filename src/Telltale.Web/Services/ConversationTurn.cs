using Telltale.Core.Model;
using Telltale.Core.Querying;

namespace Telltale.Web.Services;

/// <summary>One exchange of a session: what the user said, what the system answered, and the trace behind it.</summary>
public sealed record ConversationTurn(TraceSummary Trace, string? UserText, IReadOnlyList<ChatMessage> Answer)
{
    /// <summary>
    /// The user's words are the last user message sent to the first model call (earlier ones are history the
    /// application replays); the answer is the output of the last model call, or the root's output value.
    /// </summary>
    public static ConversationTurn From(TraceDetail trace)
    {
        var calls = trace.Spans.Where(s => s.Kind == "llm").OrderBy(s => s.StartUnixNano).ToList();
        var root = trace.Spans.FirstOrDefault(s => s.ParentSpanId is null);
        var userText = calls.FirstOrDefault()?.InputMessages.LastOrDefault(m => m.Role == "user")?.Content ?? root?.InputValue;
        IReadOnlyList<ChatMessage> answer = calls.LastOrDefault()?.OutputMessages is { Count: > 0 } output
            ? output
            : root?.OutputValue is { } value ? [new ChatMessage("assistant", value)] : [];
        return new ConversationTurn(trace.Summary, userText, answer);
    }
}
