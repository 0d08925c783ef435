namespace Telltale.Core.Evaluation.Scoring;

/// <summary>The output contains a fixed text, or (with none configured) the item's reference, ignoring case and
/// whitespace: the usual check for short factual answers inside a longer reply.</summary>
public sealed class ContainsScorer(string name = "contains", string? text = null) : ICanaryScorer
{
    public string Name => name;
    public bool IsBinary => true;

    public Task<ScorerResult?> ScoreAsync(ScoringInput input, CancellationToken ct)
    {
        var wanted = text ?? input.Reference;
        if (string.IsNullOrWhiteSpace(wanted)) return Task.FromResult<ScorerResult?>(null);
        var found = TextNormal.Of(input.Output).Contains(TextNormal.Of(wanted), StringComparison.Ordinal);
        return Task.FromResult<ScorerResult?>(new ScorerResult(Name, found ? 1 : 0, found ? $"Contains '{Short(wanted)}'." : $"Does not contain '{Short(wanted)}'."));
    }

    private static string Short(string s) => s.Length > 60 ? s[..60] + "…" : s;
}
