using Microsoft.ML.Tokenizers;

namespace Telltale.Core.Tokens;

/// <summary>
/// The two tiktoken encodings Telltale counts with, each created once on first use and shared: building one parses
/// a ~200,000-entry vocabulary, far too slow for the ingest path, while a built tokenizer is safe to use from many
/// threads at once.
/// </summary>
internal static class TokenEncodings
{
    private static readonly Lazy<Tokenizer> O200kBase =
        new(() => TiktokenTokenizer.CreateForEncoding("o200k_base"), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<Tokenizer> Cl100kBase =
        new(() => TiktokenTokenizer.CreateForEncoding("cl100k_base"), LazyThreadSafetyMode.ExecutionAndPublication);

    // OpenAI families that use o200k_base. Checked as prefixes of the name after any "vendor/" prefix.
    private static readonly string[] O200kPrefixes =
        ["gpt-4o", "chatgpt-4o", "gpt-4.1", "gpt-4.5", "gpt-5", "gpt-oss", "o1", "o3", "o4", "codex-"];

    /// <summary>
    /// o200k_base for the OpenAI models that use it; cl100k_base for older OpenAI models (gpt-4, gpt-3.5,
    /// text-embedding-*) and for everything else. For Anthropic, Gemini, Llama, Mistral and the rest cl100k_base is
    /// only an approximation: their tokenizers are not public or not shipped here, and counts typically differ by
    /// 10–20%, which is acceptable for an estimate that is flagged as such.
    /// </summary>
    public static Tokenizer ForModel(string? model)
    {
        if (model is null)
            return Cl100kBase.Value;
        var slash = model.LastIndexOf('/');
        var name = slash >= 0 ? model.AsSpan(slash + 1) : model.AsSpan();
        foreach (var prefix in O200kPrefixes)
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                return O200kBase.Value;
        }
        return Cl100kBase.Value;
    }
}
