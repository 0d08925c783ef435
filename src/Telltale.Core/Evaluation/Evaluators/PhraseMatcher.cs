namespace Telltale.Core.Evaluation.Evaluators;

/// <summary>Case-insensitive phrase search shared by the language-based evaluators.</summary>
internal static class PhraseMatcher
{
    public static List<string> Find(string text, IReadOnlyList<string> phrases) =>
        phrases.Where(p => text.Contains(p, StringComparison.OrdinalIgnoreCase)).ToList();

    public static int WordCount(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
