using System.Text.RegularExpressions;

namespace Telltale.Core.Pricing;

/// <summary>
/// Rewrites model names as cloud hosts and gateways spell them into the vendor's own name, so the shipped table
/// need not repeat every spelling: <c>openai/gpt-4o</c> (OpenRouter, LiteLLM), <c>models/gemini-1.5-pro</c>
/// (Google), <c>us.anthropic.claude-sonnet-4-20250514-v1:0</c> (Amazon Bedrock), <c>claude-sonnet-4@20250514</c>
/// (Vertex AI). Only tried after the name as sent matched nothing, so an entry written for a host's own spelling wins.
/// </summary>
internal static partial class ModelNameNormalizer
{
    /// <summary>The normalized name, or null when normalizing changes nothing.</summary>
    public static string? Normalize(string model)
    {
        var name = model;
        var slash = name.LastIndexOf('/');
        if (slash >= 0 && slash < name.Length - 1)
            name = name[(slash + 1)..];

        var bedrock = BedrockId().Match(name);
        if (bedrock.Success)
            name = bedrock.Groups["name"].Value;

        name = name.Replace('@', '-');
        return string.Equals(name, model, StringComparison.Ordinal) ? null : name;
    }

    [GeneratedRegex(@"^(?:(?:us|eu|apac|us-gov|global|jp|au|ca)\.)?(?:anthropic|meta|mistral|cohere|amazon|ai21|deepseek|openai|writer)\.(?<name>.+?)(?:-v\d+(?::\d+)?(?::\d+k)?)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex BedrockId();
}
