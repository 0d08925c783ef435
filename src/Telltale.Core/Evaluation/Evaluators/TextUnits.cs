using System.Text.RegularExpressions;

namespace Telltale.Core.Evaluation.Evaluators;

/// <summary>Sentences and content words, for the overlap-based checks.</summary>
internal static partial class TextUnits
{
    private static readonly HashSet<string> Stopwords =
    [
        "the", "and", "that", "this", "with", "from", "your", "have", "will", "would", "there", "their", "which", "about", "into",
        "they", "them", "than", "then", "been", "were", "what", "when", "where", "also", "some", "such", "only", "more", "most",
        "very", "just", "here", "does", "each", "other", "these", "those", "after", "before", "could", "should",
    ];

    public static IEnumerable<string> Sentences(string text) =>
        SentenceEnd().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0);

    public static HashSet<string> ContentWords(string text) =>
        Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(w => w.Length > 3 && !Stopwords.Contains(w)).ToHashSet();

    [GeneratedRegex(@"(?<=[.!?])\s+|\n+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
