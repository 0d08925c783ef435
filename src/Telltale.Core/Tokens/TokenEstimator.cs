using Microsoft.ML.Tokenizers;
using Telltale.Core.Model;

namespace Telltale.Core.Tokens;

/// <summary>
/// Counts tokens when a provider reported none, so spans from emitters that omit usage can still be costed.
/// The result is always marked <see cref="TokenUsage.Estimated"/>: it is the tokenizer's count of the recorded text
/// plus a fixed chat-format overhead, not what the provider billed (system prompts added by the provider, images,
/// tool schemas and hidden reasoning are invisible here).
/// </summary>
public static class TokenEstimator
{
    /// <summary>Tokens that wrap each input message in OpenAI's chat format (<c>&lt;|start|&gt;role&lt;|message|&gt;…&lt;|end|&gt;</c>),
    /// per OpenAI's published counting recipe; the role itself is counted as text on top.</summary>
    public const int TokensPerMessage = 3;

    /// <summary>Extra token when a message carries a participant name, per the same recipe.</summary>
    public const int TokensPerName = 1;

    /// <summary>Tokens that prime the assistant's reply (<c>&lt;|start|&gt;assistant&lt;|message|&gt;</c>), added once to
    /// the input when it is made of messages.</summary>
    public const int TokensPerReplyPrimer = 3;

    /// <summary>
    /// Estimates input and output tokens of one call. Messages are preferred over the raw values because emitters
    /// that send both (OpenInference sends <c>input.value</c> beside <c>llm.input_messages</c>) carry the same text
    /// twice; a raw value is counted only for a side that has no message text, and without any format overhead.
    /// Input messages cost <see cref="TokensPerMessage"/> each plus their role, name and content, and the input as a
    /// whole <see cref="TokensPerReplyPrimer"/>; output messages cost their content and tool calls only, as providers
    /// report completion tokens. Tool calls count their name and arguments.
    /// A side with no text at all is null; with no text on either side the result is <see cref="TokenUsage.None"/>.
    /// </summary>
    public static TokenUsage Estimate(string? model, IReadOnlyList<ChatMessage> input, IReadOnlyList<ChatMessage> output,
        string? inputValue = null, string? outputValue = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);

        var tokenizer = TokenEncodings.ForModel(model);
        long? inputTokens = HasText(input)
            ? CountMessages(tokenizer, input, withFormat: true)
            : CountValue(tokenizer, inputValue);
        long? outputTokens = HasText(output)
            ? CountMessages(tokenizer, output, withFormat: false)
            : CountValue(tokenizer, outputValue);

        if (inputTokens is null && outputTokens is null)
            return TokenUsage.None;
        return new TokenUsage { Input = inputTokens, Output = outputTokens, Estimated = true };
    }

    private static bool HasText(IReadOnlyList<ChatMessage> messages)
    {
        foreach (var message in messages)
        {
            if (!string.IsNullOrEmpty(message.Content) || message.ToolCalls.Count > 0)
                return true;
        }
        return false;
    }

    private static long CountMessages(Tokenizer tokenizer, IReadOnlyList<ChatMessage> messages, bool withFormat)
    {
        long total = withFormat ? TokensPerReplyPrimer : 0;
        foreach (var message in messages)
        {
            if (withFormat)
            {
                total += TokensPerMessage + Count(tokenizer, message.Role);
                if (!string.IsNullOrEmpty(message.Name))
                    total += TokensPerName + Count(tokenizer, message.Name);
            }
            total += Count(tokenizer, message.Content);
            foreach (var call in message.ToolCalls)
                total += Count(tokenizer, call.Name) + Count(tokenizer, call.Arguments);
        }
        return total;
    }

    private static long? CountValue(Tokenizer tokenizer, string? value) =>
        string.IsNullOrEmpty(value) ? null : Count(tokenizer, value);

    private static int Count(Tokenizer tokenizer, string? text) =>
        string.IsNullOrEmpty(text) ? 0 : tokenizer.CountTokens(text);
}
