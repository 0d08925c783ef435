namespace Telltale.Core.Evaluation.Evaluators;

/// <summary>Was the answer cut off by the token limit (finish reason <c>length</c>)?</summary>
public sealed class TruncationEvaluator : IEvaluator
{
    public string Name => "truncated";
    public string Version => "1";

    public EvaluationResult? Evaluate(EvaluationInput input) =>
        input.Call.FinishReasons.Count == 0
            ? null
            : input.Call.FinishReasons.Contains("length")
                ? new EvaluationResult(Name, 1, "truncated", "Finish reason 'length': the answer hit the token limit.")
                : new EvaluationResult(Name, 0, "complete", $"Finish reason '{input.Call.FinishReasons[0]}'.");
}
