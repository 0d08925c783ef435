namespace Telltale.Simulation.Canary;

/// <summary>Reads a section of a rendered judge prompt ("Reference answer:\n…" up to the next blank line): how a
/// simulated judge finds what it is asked to grade.</summary>
public static class PromptSections
{
    public static string? Read(string prompt, string heading)
    {
        var start = prompt.IndexOf(heading, StringComparison.Ordinal);
        if (start < 0) return null;
        var rest = prompt[(start + heading.Length)..].TrimStart('\n');
        var end = rest.IndexOf("\n\n", StringComparison.Ordinal);
        return (end < 0 ? rest : rest[..end]).Trim();
    }
}
