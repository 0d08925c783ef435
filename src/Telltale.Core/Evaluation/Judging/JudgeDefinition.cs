namespace Telltale.Core.Evaluation.Judging;

/// <summary>
/// An LLM-as-judge: which connection and model, the prompt (a template over the call being judged), and the scale
/// the judge answers on, mapped to [0, 1] so judge scores sit beside heuristic ones.
/// </summary>
/// <param name="Prompt">The user message; see <see cref="JudgeVariables"/> for the placeholders it may use.</param>
/// <param name="SystemPrompt">Defaults to <see cref="JudgePrompts.DefaultSystem"/>, which asks for a JSON verdict.</param>
public sealed record JudgeDefinition(string Connection, string Model, string Prompt, string? SystemPrompt = null,
    double ScaleMin = 0, double ScaleMax = 1, double Temperature = 0);
