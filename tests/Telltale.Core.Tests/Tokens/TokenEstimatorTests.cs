using Telltale.Core.Model;
using Telltale.Core.Tokens;

namespace Telltale.Core.Tests.Tokens;

// Expected counts were obtained by running the real o200k_base / cl100k_base tokenizers, not guessed:
// "Hello, world!" = 4 in both; "You are a helpful assistant." = 6; "What is the capital of France?" = 7;
// "The capital of France is Paris." = 7; "get_weather" = 2; {"city":"Paris"} = 5; roles and "alice" = 1 each;
// "こんにちは世界" = 2 in o200k_base but 4 in cl100k_base.
public class TokenEstimatorTests
{
    private static readonly ChatMessage[] None = [];

    private static readonly ChatMessage[] Conversation =
    [
        new("system", "You are a helpful assistant."),
        new("user", "What is the capital of France?"),
    ];

    private static readonly ChatMessage[] Answer = [new("assistant", "The capital of France is Paris.")];

    [Fact]
    public void Raw_input_value_is_counted_without_format_overhead()
    {
        var usage = TokenEstimator.Estimate("gpt-4o", None, None, inputValue: "Hello, world!");

        Assert.Equal(4, usage.Input);
        Assert.Null(usage.Output);
        Assert.True(usage.Estimated);
    }

    [Fact]
    public void Input_messages_add_per_message_role_and_reply_primer_overhead_and_output_counts_content_only()
    {
        var usage = TokenEstimator.Estimate("gpt-4o", Conversation, Answer);

        // 3 (reply primer) + [3 + 1 ("system") + 6] + [3 + 1 ("user") + 7] = 24
        Assert.Equal(24, usage.Input);
        Assert.Equal(7, usage.Output);
        Assert.True(usage.Estimated);
        Assert.Null(usage.CacheRead);
        Assert.Null(usage.Reasoning);
    }

    [Fact]
    public void A_participant_name_costs_one_token_plus_the_name()
    {
        ChatMessage[] input = [new("user", "What is the capital of France?") { Name = "alice" }];

        var usage = TokenEstimator.Estimate("gpt-4o", input, None);

        // 3 + [3 + 1 + 7 + 1 + 1 ("alice")] = 16
        Assert.Equal(16, usage.Input);
    }

    [Fact]
    public void Tool_calls_count_their_name_and_arguments()
    {
        ChatMessage[] output = [new("assistant", null) { ToolCalls = [new ToolCallRequest("call_1", "get_weather", """{"city":"Paris"}""")] }];

        var usage = TokenEstimator.Estimate("gpt-4o", None, output);

        Assert.Null(usage.Input);
        Assert.Equal(7, usage.Output);
        Assert.True(usage.Estimated);
    }

    [Fact]
    public void Messages_are_preferred_over_raw_values_that_repeat_them()
    {
        var usage = TokenEstimator.Estimate("gpt-4o", Conversation, Answer,
            inputValue: """{"messages":[{"role":"system","content":"You are a helpful assistant."}]}""", outputValue: "The capital of France is Paris.");

        Assert.Equal(24, usage.Input);
        Assert.Equal(7, usage.Output);
    }

    [Theory]
    [InlineData("gpt-4o", 2)]
    [InlineData("gpt-4o-mini-2024-07-18", 2)]
    [InlineData("gpt-4.1", 2)]
    [InlineData("gpt-5", 2)]
    [InlineData("o3-mini", 2)]
    [InlineData("openai/gpt-4o", 2)]
    [InlineData("gpt-4", 4)]
    [InlineData("gpt-3.5-turbo", 4)]
    [InlineData("claude-sonnet-4-5", 4)]
    [InlineData("gemini-2.5-pro", 4)]
    [InlineData(null, 4)]
    public void Modern_openai_models_use_o200k_base_and_everything_else_cl100k_base(string? model, long expected)
    {
        var usage = TokenEstimator.Estimate(model, None, None, outputValue: "こんにちは世界");

        Assert.Equal(expected, usage.Output);
    }

    [Fact]
    public void No_text_at_all_gives_none()
    {
        ChatMessage[] empty = [new("user", null), new("assistant", "")];

        Assert.Same(TokenUsage.None, TokenEstimator.Estimate("gpt-4o", None, None));
        Assert.Same(TokenUsage.None, TokenEstimator.Estimate("gpt-4o", empty, empty, "", null));
        Assert.False(TokenUsage.None.Estimated);
    }

    [Fact]
    public void Concurrent_estimates_share_the_tokenizers_safely()
    {
        var results = new long?[64];
        Parallel.For(0, results.Length, i =>
            results[i] = TokenEstimator.Estimate(i % 2 == 0 ? "gpt-4o" : "claude-3-5-sonnet", Conversation, Answer).Input);

        Assert.All(results, r => Assert.Equal(24, r));
    }
}
