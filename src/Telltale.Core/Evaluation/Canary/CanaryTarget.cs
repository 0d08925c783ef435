using Telltale.Core.Evaluation.Llm;

namespace Telltale.Core.Evaluation.Canary;

/// <summary>What the canary calls: an LLM connection, the model name production uses, and the production prompt as
/// message templates over the item (<c>{{input}}</c>, <c>{{intent}}</c>, <c>{{metadata.key}}</c>).</summary>
public sealed record CanaryTarget(string Connection, string Model, IReadOnlyList<LlmMessage>? Messages = null, double? Temperature = null,
    int? MaxOutputTokens = null)
{
    public static readonly IReadOnlyList<LlmMessage> DefaultMessages = [new("user", "{{input}}")];

    public IReadOnlyList<LlmMessage> PromptMessages => Messages is { Count: > 0 } m ? m : DefaultMessages;

    public static readonly IReadOnlyCollection<string> Variables = ["input", "intent", "metadata.*"];
}
