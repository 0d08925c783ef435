namespace Telltale.Core.Scores;

/// <summary>The spelling of score names a config may use: they become metric names (<c>score.&lt;name&gt;</c>) and URL
/// parameters, so no spaces or punctuation beyond <c>_ - .</c>.</summary>
public static class ScoreNames
{
    public const int MaxLength = 100;

    public static bool IsValid(string? name) =>
        !string.IsNullOrEmpty(name) && name.Length <= MaxLength && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.');

    public static string Rule(string field, string? got) =>
        $"'{field}' must be 1 to {MaxLength} letters, digits, '_', '-' or '.'; got '{got}'.";
}
