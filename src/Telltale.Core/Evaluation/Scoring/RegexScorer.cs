using System.Text.RegularExpressions;

namespace Telltale.Core.Evaluation.Scoring;

/// <summary>The output matches (or, with <c>mustMatch</c> false, does not match) a regular expression.</summary>
public sealed class RegexScorer(string name, Regex pattern, bool mustMatch = true) : ICanaryScorer
{
    public string Name => name;
    public bool IsBinary => true;

    public Task<ScorerResult?> ScoreAsync(ScoringInput input, CancellationToken ct)
    {
        bool matched;
        try
        {
            matched = pattern.IsMatch(input.Output);
        }
        catch (RegexMatchTimeoutException)
        {
            return Task.FromResult<ScorerResult?>(null); // a pathological output is not a verdict
        }
        var pass = matched == mustMatch;
        return Task.FromResult<ScorerResult?>(new ScorerResult(Name, pass ? 1 : 0,
            $"{(matched ? "Matches" : "Does not match")} /{pattern}/, which it {(mustMatch ? "must" : "must not")}."));
    }
}
