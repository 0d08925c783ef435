namespace Telltale.Core.Evaluation.Llm;

/// <summary>
/// An OpenAI-compatible endpoint a project lets Telltale call: for LLM-as-judge evaluators and canary targets.
/// The key is kept in the project's settings and never returned by the API (<see cref="Masked"/>).
/// </summary>
/// <param name="BaseUrl">The API root the chat completions path hangs off, e.g. https://api.openai.com/v1/.</param>
/// <param name="Provider">The provider named on the spans Telltale records of its own calls (and used for pricing).</param>
public sealed record LlmConnection(string Name, Uri BaseUrl, string? ApiKey, string Provider = "openai")
{
    /// <summary>The connection as the API shows it: the key reduced to its last four characters.</summary>
    public LlmConnection Masked() => this with { ApiKey = ApiKey is { Length: > 8 } k ? "…" + k[^4..] : ApiKey is null ? null : "…" };
}
