using System.Text.RegularExpressions;

namespace Telltale.Core.Evaluation.Llm;

/// <summary>
/// A prompt with <c>{{variable}}</c> placeholders (Mustache's spelling, without its sections: a prompt needs values,
/// not logic). Unknown variables are caught when the template is saved, not when it first runs at 3 a.m.
/// </summary>
public sealed partial class PromptTemplate(string text)
{
    [GeneratedRegex(@"\{\{\s*([A-Za-z_][A-Za-z0-9_.]*)\s*\}\}")]
    private static partial Regex Placeholder();

    public string Text { get; } = text;

    public IReadOnlyList<string> Variables => Placeholder().Matches(Text).Select(m => m.Groups[1].Value).Distinct().ToList();

    /// <summary>The variables used that are not among those offered (a <c>metadata.</c> prefix is open-ended).</summary>
    public IReadOnlyList<string> Unknown(IReadOnlyCollection<string> offered) =>
        Variables.Where(v => !offered.Contains(v) && !(offered.Contains("metadata.*") && v.StartsWith("metadata.", StringComparison.Ordinal))).ToList();

    /// <summary>Fills the placeholders; one whose value is missing becomes empty.</summary>
    public string Render(IReadOnlyDictionary<string, string?> values) =>
        Placeholder().Replace(Text, m => values.TryGetValue(m.Groups[1].Value, out var v) ? v ?? "" : "");
}
