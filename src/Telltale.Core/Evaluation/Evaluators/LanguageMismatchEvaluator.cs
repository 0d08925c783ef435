namespace Telltale.Core.Evaluation.Evaluators;

/// <summary>Did the model answer in a different language from the question?</summary>
public sealed class LanguageMismatchEvaluator : IEvaluator
{
    public string Name => "language_mismatch";
    public string Version => "1";

    public EvaluationResult? Evaluate(EvaluationInput input)
    {
        var asked = LanguageGuess.Of(input.Question);
        var answered = LanguageGuess.Of(input.Answer);
        if (asked is null || answered is null) return null;
        return asked == answered
            ? new EvaluationResult(Name, 0, "match", $"Asked and answered in '{asked}'.")
            : new EvaluationResult(Name, 1, "mismatch", $"Asked in '{asked}', answered in '{answered}'.");
    }
}
