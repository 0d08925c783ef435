namespace Telltale.Core.Evaluation.Evaluators;

/// <summary>An answer with no text and no tool call: the user got nothing.</summary>
public sealed class EmptyAnswerEvaluator : IEvaluator
{
    public string Name => "empty_answer";
    public string Version => "1";

    public EvaluationResult? Evaluate(EvaluationInput input)
    {
        var calledTools = input.Call.OutputMessages.Any(m => m.ToolCalls.Count > 0);
        var empty = string.IsNullOrWhiteSpace(input.Answer) && !calledTools;
        return new EvaluationResult(Name, empty ? 1 : 0, empty ? "empty" : "present", empty ? "No text and no tool call." : "The answer has content.");
    }
}
