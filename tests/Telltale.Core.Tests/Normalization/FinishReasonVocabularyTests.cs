using Telltale.Core.Normalization;

namespace Telltale.Core.Tests.Normalization;

public class FinishReasonVocabularyTests
{
    [Theory]
    [InlineData("stop", "stop")]
    [InlineData("Stop", "stop")]
    [InlineData("end_turn", "stop")]
    [InlineData("STOP", "stop")]
    [InlineData("length", "length")]
    [InlineData("max_tokens", "length")]
    [InlineData("MAX_TOKENS", "length")]
    [InlineData("tool_calls", "tool_call")]
    [InlineData("function_call", "tool_call")]
    [InlineData("tool_use", "tool_call")]
    [InlineData("SAFETY", "content_filter")]
    [InlineData("content_filter", "content_filter")]
    [InlineData("something_new", "something_new")]
    public void Provider_finish_reasons_map_to_the_OpenTelemetry_vocabulary(string raw, string expected) =>
        Assert.Equal(expected, MessageJsonReader.NormalizeFinishReason(raw));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("N/A")]
    public void Missing_or_placeholder_finish_reasons_are_unknown(string? raw) =>
        Assert.Null(MessageJsonReader.NormalizeFinishReason(raw));
}
