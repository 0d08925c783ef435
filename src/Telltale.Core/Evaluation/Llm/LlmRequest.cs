namespace Telltale.Core.Evaluation.Llm;

/// <summary>One chat completion Telltale asks for.</summary>
public sealed record LlmRequest(string Model, IReadOnlyList<LlmMessage> Messages, double? Temperature = null, int? MaxOutputTokens = null);

public sealed record LlmMessage(string Role, string Content);
