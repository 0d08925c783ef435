namespace Telltale.Core.Normalization;

/// <summary>
/// One spelling per provider, so cost and dashboards group correctly: OpenLLMetry used to send "Anthropic", and the
/// GenAI conventions renamed several values (1.33: vertex_ai → gcp.vertex_ai, gemini → gcp.gemini; 1.35: az.ai.* →
/// azure.ai.*).
/// </summary>
internal static class ProviderNames
{
    public static string? Normalize(string? provider)
    {
        if (string.IsNullOrWhiteSpace(provider)) return null;
        var lower = IsLowerAscii(provider) ? provider : provider.Trim().ToLowerInvariant();
        return lower switch
        {
            "vertex_ai" => "gcp.vertex_ai",
            "gemini" => "gcp.gemini",
            "az.ai.inference" => "azure.ai.inference",
            "az.ai.openai" => "azure.ai.openai",
            _ => lower,
        };
    }

    private static bool IsLowerAscii(string text)
    {
        foreach (var c in text)
            if (c is >= 'A' and <= 'Z' || c == ' ' || c > '\x7f') return false;
        return true;
    }
}
