using System.Text.RegularExpressions;

namespace Telltale.Core.Evaluation.Evaluators;

/// <summary>A configured regular expression (or plain text) the answer must — or must not — contain.</summary>
public sealed class PatternEvaluator(string name, string pattern, bool mustMatch, bool isRegex = true) : IEvaluator
{
    private readonly Regex _regex = new(isRegex ? pattern : Regex.Escape(pattern),
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    public string Name => name;
    public string Version => "1";

    public EvaluationResult? Evaluate(EvaluationInput input)
    {
        bool matched;
        try
        {
            matched = _regex.IsMatch(input.Answer);
        }
        catch (RegexMatchTimeoutException)
        {
            return null; // a pathological answer is not a verdict on the answer
        }
        var pass = matched == mustMatch;
        return new EvaluationResult(Name, pass ? 1 : 0, pass ? "pass" : "fail",
            $"{(matched ? "Contains" : "Does not contain")} /{pattern}/, which it {(mustMatch ? "must" : "must not")}.");
    }
}
