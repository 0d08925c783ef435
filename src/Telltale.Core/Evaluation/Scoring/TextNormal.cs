namespace Telltale.Core.Evaluation.Scoring;

/// <summary>Comparisons that should not fail on case, surrounding space or doubled spaces.</summary>
internal static class TextNormal
{
    public static string Of(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
