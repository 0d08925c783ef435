namespace Telltale.Core.Evaluation.Evaluators;

/// <summary>Did the model decline to answer? Refusal phrases near the start of the answer, or a content-filter stop.</summary>
public sealed class RefusalEvaluator : IEvaluator
{
    private static readonly string[] Phrases =
    [
        "i can't help with", "i cannot help with", "i can't assist", "i cannot assist", "i'm unable to", "i am unable to",
        "i won't be able to", "i'm not able to", "i am not able to", "i can't provide", "i cannot provide", "i must decline",
        "i'm sorry, but i can't", "i'm sorry, but i cannot", "as an ai", "i'm not allowed to", "that's not something i can",
    ];

    public string Name => "refusal";
    public string Version => "1";

    public EvaluationResult? Evaluate(EvaluationInput input)
    {
        if (input.Call.FinishReasons.Contains("content_filter"))
            return new EvaluationResult(Name, 1, "refused", "The provider stopped the answer with a content filter.");
        if (input.Answer.Length == 0) return null;
        // Refusals announce themselves early; a phrase deep in a long answer is usually a caveat, not a refusal.
        var opening = input.Answer.Length <= 300 ? input.Answer : input.Answer[..300];
        var found = PhraseMatcher.Find(opening, Phrases);
        return found.Count > 0
            ? new EvaluationResult(Name, 1, "refused", $"Opens with \"{found[0]}\".")
            : new EvaluationResult(Name, 0, "answered", "No refusal language at the start.");
    }
}
