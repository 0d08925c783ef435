namespace Telltale.Core.Evaluation.Evaluators;

/// <summary>
/// How much of the answer the retrieved documents support: the share of the answer's sentences whose content words
/// mostly (≥ 60 %) appear in the documents. Lexical, so cheap enough for every sampled call; paraphrase is left to
/// the LLM judge.
/// </summary>
public sealed class GroundednessEvaluator : IEvaluator
{
    private const double SupportedWhenShared = 0.6;
    private const int MinContentWords = 3;

    public string Name => "groundedness";
    public string Version => "1";

    public EvaluationResult? Evaluate(EvaluationInput input)
    {
        var documents = input.RetrievedDocuments.Where(d => !string.IsNullOrWhiteSpace(d.Content)).ToList();
        if (documents.Count == 0 || input.Answer.Length == 0) return null;
        var known = TextUnits.ContentWords(string.Join("\n", documents.Select(d => d.Content)));
        var claims = TextUnits.Sentences(input.Answer).Select(TextUnits.ContentWords).Where(w => w.Count >= MinContentWords).ToList();
        if (claims.Count == 0) return null;
        var supported = claims.Count(words => words.Count(known.Contains) >= SupportedWhenShared * words.Count);
        var share = (double)supported / claims.Count;
        return new EvaluationResult(Name, share, share >= 0.8 ? "grounded" : share >= 0.5 ? "partly" : "ungrounded",
            $"{supported} of {claims.Count} statements supported by {documents.Count} retrieved documents.");
    }
}
