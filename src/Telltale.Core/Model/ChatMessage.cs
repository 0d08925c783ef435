namespace Telltale.Core.Model;

/// <summary>One message of a conversation as the model saw or produced it, whatever dialect carried it.</summary>
/// <param name="Role">system, user, assistant or tool.</param>
/// <param name="Content">The text of the message (text parts joined); null when the message only calls tools.</param>
public sealed record ChatMessage(string Role, string? Content)
{
    /// <summary>Participant name (OpenAI <c>name</c>, OpenInference <c>message.name</c>).</summary>
    public string? Name { get; init; }

    /// <summary>For a tool message: the id of the call it answers.</summary>
    public string? ToolCallId { get; init; }

    /// <summary>Tool calls requested by an assistant message.</summary>
    public IReadOnlyList<ToolCallRequest> ToolCalls { get; init; } = [];

    /// <summary>For an output message: why generation stopped (stop, length, tool_call, content_filter, error).</summary>
    public string? FinishReason { get; init; }
}

/// <summary>A tool call requested by the model. Arguments are kept as the JSON text the model produced.</summary>
public sealed record ToolCallRequest(string? Id, string Name, string? Arguments);
