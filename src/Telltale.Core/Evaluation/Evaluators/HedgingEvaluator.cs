namespace Telltale.Core.Evaluation.Evaluators;

/// <summary>How uncertain the answer sounds: hedging phrases per 100 words, mapped to [0, 1] (3 or more per 100 words = 1).</summary>
public sealed class HedgingEvaluator : IEvaluator
{
    private static readonly string[] Phrases =
    [
        "i think", "i believe", "i'm not sure", "i am not sure", "not entirely sure", "it's possible that", "it is possible that",
        "might be", "may be", "could be", "possibly", "perhaps", "probably", "it seems", "it appears", "as far as i know",
        "i'm not certain", "i am not certain", "to the best of my knowledge", "i would guess", "likely", "unclear",
    ];

    public string Name => "hedging";
    public string Version => "1";

    public EvaluationResult? Evaluate(EvaluationInput input)
    {
        var words = PhraseMatcher.WordCount(input.Answer);
        if (words == 0) return null;
        var hits = Phrases.Sum(p => Occurrences(input.Answer, p));
        var per100 = hits * 100.0 / words;
        return new EvaluationResult(Name, Math.Min(1, per100 / 3), null, $"{hits} hedging phrases in {words} words.");
    }

    private static int Occurrences(string text, string phrase)
    {
        var count = 0;
        for (var i = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(phrase, i + phrase.Length, StringComparison.OrdinalIgnoreCase))
            count++;
        return count;
    }
}
