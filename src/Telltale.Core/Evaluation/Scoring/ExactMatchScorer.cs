namespace Telltale.Core.Evaluation.Scoring;

/// <summary>The output equals the reference, ignoring case and whitespace.</summary>
public sealed class ExactMatchScorer(string name = "exact") : ICanaryScorer
{
    public string Name => name;
    public bool IsBinary => true;

    public Task<ScorerResult?> ScoreAsync(ScoringInput input, CancellationToken ct)
    {
        if (input.Reference is null) return Task.FromResult<ScorerResult?>(null);
        var match = TextNormal.Of(input.Output) == TextNormal.Of(input.Reference);
        return Task.FromResult<ScorerResult?>(new ScorerResult(Name, match ? 1 : 0, match ? "Equals the reference." : "Differs from the reference."));
    }
}
