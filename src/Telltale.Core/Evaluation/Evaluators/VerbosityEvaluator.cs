namespace Telltale.Core.Evaluation.Evaluators;

/// <summary>Answer length against the system's usual length: words ÷ median words (1 = typical, 1.3 = 30 % longer).</summary>
public sealed class VerbosityEvaluator : IEvaluator
{
    public string Name => "verbosity";
    public string Version => "1";

    public EvaluationResult? Evaluate(EvaluationInput input)
    {
        if (input.Norms.MedianAnswerWords is not { } median || median <= 0) return null;
        var words = PhraseMatcher.WordCount(input.Answer);
        if (words == 0) return null;
        var ratio = words / median;
        return new EvaluationResult(Name, ratio, ratio > 1.5 ? "verbose" : ratio < 0.5 ? "terse" : "typical", $"{words} words; usually {median:0}.");
    }
}
