namespace Telltale.Core.Evaluation;

/// <summary>An answer meant to be JSON, as models actually write it.</summary>
public static class JsonAnswer
{
    /// <summary>Models often wrap JSON in a markdown code fence; the JSON is what is inside.</summary>
    public static string Unfence(string text)
    {
        text = text.Trim();
        if (!text.StartsWith("```", StringComparison.Ordinal)) return text;
        var firstLine = text.IndexOf('\n');
        var close = text.LastIndexOf("```", StringComparison.Ordinal);
        return firstLine > 0 && close > firstLine ? text[(firstLine + 1)..close].Trim() : text;
    }
}
