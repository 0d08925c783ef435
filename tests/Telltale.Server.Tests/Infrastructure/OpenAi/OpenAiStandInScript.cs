namespace Telltale.Server.Tests.Infrastructure.OpenAi;

/// <summary>
/// What the stand-in answers. A request that offers tools before any tool result is in the conversation gets
/// <see cref="ToolCall"/>; every other request gets <see cref="FinalAnswer"/>. That is the shape of one
/// tool-using turn: the model asks for a tool, the client runs it and sends the result back, the model answers.
/// </summary>
public sealed record OpenAiStandInScript
{
    /// <summary>The model the stand-in says answered: OpenAI reports the dated snapshot, not the alias asked for.</summary>
    public string RespondingModel { get; init; } = "gpt-4o-mini-2024-07-18";

    public required ScriptedToolCall ToolCall { get; init; }
    public required ScriptedAnswer FinalAnswer { get; init; }
}

/// <param name="CallId">OpenAI's tool-call id (<c>call_…</c>), echoed back by the client in the tool message.</param>
/// <param name="Arguments">The arguments as the JSON text OpenAI puts in <c>function.arguments</c>.</param>
public sealed record ScriptedToolCall(string CallId, string FunctionName, string Arguments, ScriptedUsage Usage);

public sealed record ScriptedAnswer(string Text, ScriptedUsage Usage);

/// <summary>Token counts as OpenAI reports them: prompt tokens include the cached ones, completion tokens include
/// the reasoning ones.</summary>
public sealed record ScriptedUsage(int PromptTokens, int CompletionTokens, int CachedTokens = 0, int ReasoningTokens = 0)
{
    public int TotalTokens => PromptTokens + CompletionTokens;
}
