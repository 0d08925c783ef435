namespace Telltale.Core.Feedback;

/// <summary>How much of an answer the user rewrote: word-level Levenshtein distance over the longer length (0 = kept
/// as is, 1 = replaced entirely). Words rather than characters, so fixing one typo does not read as a rewrite.</summary>
public static class EditRatio
{
    public static double Of(string original, string edited)
    {
        var a = Words(original);
        var b = Words(edited);
        if (a.Length == 0 && b.Length == 0) return 0;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (string.Equals(a[i - 1], b[j - 1], StringComparison.Ordinal) ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }
            (previous, current) = (current, previous);
        }
        return (double)previous[b.Length] / Math.Max(a.Length, b.Length);
    }

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
