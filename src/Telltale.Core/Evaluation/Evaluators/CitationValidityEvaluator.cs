using System.Text.RegularExpressions;

namespace Telltale.Core.Evaluation.Evaluators;

/// <summary>
/// Do the answer's citations point at documents that were actually retrieved? Numbered citations ([1], [2]) refer to
/// the retrieved documents in order; named ones ([kb-101], [source: kb-101]) to their ids.
/// </summary>
public sealed partial class CitationValidityEvaluator : IEvaluator
{
    public string Name => "citation_validity";
    public string Version => "1";

    public EvaluationResult? Evaluate(EvaluationInput input)
    {
        var citations = Citation().Matches(input.Answer).Select(m => m.Groups["ref"].Value.Trim()).Distinct().ToList();
        if (citations.Count == 0) return null;
        var ids = input.RetrievedDocuments.Select(d => d.Id).Where(id => id is not null).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var invalid = citations.Where(c => !(int.TryParse(c, out var n) ? n >= 1 && n <= input.RetrievedDocuments.Count : ids.Contains(c))).ToList();
        var share = 1 - (double)invalid.Count / citations.Count;
        return new EvaluationResult(Name, share, invalid.Count == 0 ? "valid" : "invalid",
            invalid.Count == 0 ? $"All {citations.Count} citations match retrieved documents."
                : $"Not among the retrieved documents: {string.Join(", ", invalid.Select(c => $"[{c}]"))}.");
    }

    [GeneratedRegex(@"\[(?:source:\s*|doc:\s*)?(?<ref>[A-Za-z0-9][\w\-.]{0,63})\]")]
    private static partial Regex Citation();
}
