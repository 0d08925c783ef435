using System.Text.Json.Nodes;
using Telltale.Core.Querying;
using Telltale.Server.Tests.Infrastructure.OpenAi;
using static Telltale.Server.Tests.SupportAssistantConversation;

namespace Telltale.Server.Tests;

/// <summary>
/// Acceptance test: what Microsoft.Extensions.AI really emits for a tool-using chat, exported by the OpenTelemetry
/// SDK over OTLP/HTTP, is stored by Telltale and served by its API with the right kinds, models, tokens, prices,
/// messages, tools and trace structure. The conversation runs once (<see cref="SupportAssistantConversation"/>);
/// each test checks one aspect of what was stored.
/// </summary>
public sealed class MicrosoftExtensionsAiIngestTests(SupportAssistantConversation conversation) : IClassFixture<SupportAssistantConversation>
{
    /// <summary>orchestrate_tools, chat (asks for the tool), execute_tool, chat (answers).</summary>
    private const int SpansPerConversation = 4;

    private const string RespondingModel = "gpt-4o-mini-2024-07-18";

    // Priced by hand from default-prices.json, gpt-4o-mini: $0.15 input, $0.075 cached input, $0.60 output per 1M.
    // First call: 152 prompt tokens of which 64 cached, 21 completion: (88×0.15 + 64×0.075 + 21×0.60) / 1M.
    private const decimal ToolCallCostUsd = 0.0000306m;
    // Second call: 201 prompt tokens of which 128 cached, 38 completion: (73×0.15 + 128×0.075 + 38×0.60) / 1M.
    private const decimal AnswerCostUsd = 0.00004335m;

    [Fact]
    public async Task Chat_calls_are_stored_as_llm_spans_of_the_openai_model_that_answered()
    {
        var (toolCall, answer) = ChatSpans(await StoredTraceAsync());

        foreach (var chat in new[] { toolCall, answer })
        {
            Assert.Equal("llm", chat.Kind);
            Assert.Equal("chat", chat.Operation);
            Assert.Equal("chat gpt-4o-mini", chat.Name);
            Assert.Equal("openai", chat.Provider);
            Assert.Equal(RequestedModel, chat.RequestModel);
            Assert.Equal(RespondingModel, chat.ResponseModel);
            Assert.Equal(RespondingModel, chat.Model);
            Assert.False(chat.IsFallback, "A dated snapshot of the requested model is not a fallback.");
            Assert.Equal(SystemName, chat.System);
            Assert.Equal(EnvironmentName, chat.Environment);
            Assert.Equal("1.4.0", chat.ServiceVersion);
            Assert.NotEqual("error", chat.Status);
        }
    }

    [Fact]
    public async Task Chat_spans_carry_the_token_usage_openai_reported_for_each_call()
    {
        var (toolCall, answer) = ChatSpans(await StoredTraceAsync());

        Assert.Equal((152L, 21L, 64L, 0L), (toolCall.InputTokens, toolCall.OutputTokens, toolCall.CacheReadTokens, toolCall.ReasoningTokens));
        Assert.Equal((201L, 38L, 128L, 0L), (answer.InputTokens, answer.OutputTokens, answer.CacheReadTokens, answer.ReasoningTokens));
        Assert.False(toolCall.TokensEstimated);
        Assert.False(answer.TokensEstimated);
    }

    [Fact]
    public async Task Chat_spans_are_priced_from_the_shipped_price_table_with_cached_input_at_the_cache_rate()
    {
        var (toolCall, answer) = ChatSpans(await StoredTraceAsync());

        Assert.Equal(ToolCallCostUsd, toolCall.CostUsd);
        Assert.Equal(AnswerCostUsd, answer.CostUsd);
    }

    [Fact]
    public async Task Trace_summary_totals_are_the_sums_over_its_model_calls()
    {
        var trace = await StoredTraceAsync();
        var summary = trace.Summary;

        Assert.Equal(0.00007395m, summary.CostUsd);
        Assert.Equal(trace.Spans.Sum(s => s.CostUsd ?? 0m), summary.CostUsd);
        // The orchestrate_tools span repeats the summed usage of its chat calls; it must not be counted again.
        Assert.Equal(152 + 201, summary.InputTokens);
        Assert.Equal(21 + 38, summary.OutputTokens);
        Assert.Equal(2, summary.LlmCallCount);
        Assert.Equal(SpansPerConversation, summary.SpanCount);
        Assert.Equal([RespondingModel], summary.Models);
        Assert.Equal("orchestrate_tools", summary.RootName);
        Assert.Equal("ok", summary.Status);
        Assert.Equal(EnvironmentName, summary.Environment);
    }

    [Fact]
    public async Task First_chat_span_records_the_system_and_user_messages_and_the_requested_tool_call()
    {
        var (toolCall, _) = ChatSpans(await StoredTraceAsync());

        Assert.Collection(toolCall.InputMessages,
            m => Assert.Equal(("system", SystemPrompt), (m.Role, m.Content)),
            m => Assert.Equal(("user", UserQuestion), (m.Role, m.Content)));

        var output = Assert.Single(toolCall.OutputMessages);
        Assert.Equal("assistant", output.Role);
        Assert.Null(output.Content);
        var call = Assert.Single(output.ToolCalls);
        Assert.Equal(Script.ToolCall.CallId, call.Id);
        Assert.Equal(ToolName, call.Name);
        AssertSameJson(Script.ToolCall.Arguments, call.Arguments);
        // M.E.AI reports OpenAI's raw reason on the span and the semantic-convention value on the message.
        Assert.Equal("tool_call", output.FinishReason);
        Assert.Equal(["tool_call"], toolCall.FinishReasons); // OpenAI's "tool_calls", in the OpenTelemetry vocabulary
    }

    [Fact]
    public async Task Second_chat_span_records_the_tool_result_it_was_sent_and_the_final_answer()
    {
        var (_, answer) = ChatSpans(await StoredTraceAsync());

        Assert.Equal(["system", "user", "assistant", "tool"], answer.InputMessages.Select(m => m.Role));
        Assert.Equal(ToolName, Assert.Single(answer.InputMessages[2].ToolCalls).Name);
        var toolMessage = answer.InputMessages[3];
        Assert.Equal(Script.ToolCall.CallId, toolMessage.ToolCallId);
        Assert.Equal(ToolResult, toolMessage.Content);

        var output = Assert.Single(answer.OutputMessages);
        Assert.Equal(("assistant", Script.FinalAnswer.Text), (output.Role, output.Content));
        Assert.Empty(output.ToolCalls);
        Assert.Equal("stop", output.FinishReason);
        Assert.Equal(["stop"], answer.FinishReasons);
    }

    [Fact]
    public async Task Tool_span_records_the_function_its_arguments_and_its_result()
    {
        var tool = Assert.Single((await StoredTraceAsync()).Spans, s => s.Kind == "tool");

        Assert.Equal($"execute_tool {ToolName}", tool.Name);
        Assert.Equal("execute_tool", tool.Operation);
        Assert.NotNull(tool.Tool);
        Assert.Equal(ToolName, tool.Tool.Name);
        Assert.Equal(Script.ToolCall.CallId, tool.Tool.CallId);
        Assert.Equal("Looks up the shipping status of an order.", tool.Tool.Description);
        AssertSameJson(Script.ToolCall.Arguments, tool.Tool.Arguments);
        // M.E.AI records the result as JSON, so a string result arrives as a JSON string.
        Assert.Equal(ToolResult, JsonNode.Parse(tool.Tool.Result!)!.GetValue<string>());
        Assert.Null(tool.CostUsd);
        Assert.Equal(["A-1042"], conversation.ToolInvocations);
    }

    [Fact]
    public async Task All_spans_share_one_trace_under_the_orchestrate_tools_span()
    {
        var trace = await StoredTraceAsync();

        Assert.Equal(SpansPerConversation, trace.Spans.Count);
        Assert.All(trace.Spans, s => Assert.Equal(trace.Summary.TraceId, s.TraceId));
        var root = Assert.Single(trace.Spans, s => s.ParentSpanId is null);
        Assert.Equal("orchestrate_tools", root.Name);
        Assert.Equal("chain", root.Kind);
        Assert.Equal("orchestrate_tools", root.Operation);
        Assert.Null(root.CostUsd);

        var children = trace.Spans.Where(s => s != root).OrderBy(s => s.StartUnixNano).ToList();
        Assert.All(children, s => Assert.Equal(root.SpanId, s.ParentSpanId));
        Assert.Equal(["llm", "tool", "llm"], children.Select(s => s.Kind));
    }

    [Fact]
    public async Task Metrics_by_model_count_both_calls_with_their_tokens_and_cost()
    {
        await StoredTraceAsync();

        var metrics = await conversation.Telltale.GetAsync<MetricsResult>("/api/v1/metrics?groupBy=model&range=1h");

        var series = Assert.Single(metrics.Series, s => s.Group.TryGetValue("model", out var model) && model == RespondingModel);
        Assert.Equal(2, series.Totals.Count);
        Assert.Equal(0, series.Totals.Errors);
        Assert.Equal(152 + 201, series.Totals.InputTokens);
        Assert.Equal(21 + 38, series.Totals.OutputTokens);
        Assert.Equal(64 + 128, series.Totals.CacheReadTokens);
        Assert.Equal(ToolCallCostUsd + AnswerCostUsd, series.Totals.CostUsd);
        Assert.Equal(1, series.Totals.Traces);
    }

    [Fact]
    public void The_openai_sdk_sent_the_whole_conversation_to_the_stand_in()
    {
        var requests = conversation.OpenAi.Requests;

        Assert.Equal(2, requests.Count);
        Assert.All(requests, r =>
        {
            Assert.Equal(RequestedModel, r.Model);
            Assert.True(r.OffersTools);
            Assert.Equal("Bearer sk-standin-not-a-real-key", r.Authorization);
        });
        Assert.Equal(["system", "user"], requests[0].Roles);
        Assert.Equal(["system", "user", "assistant", "tool"], requests[1].Roles);
        Assert.Equal(Script.ToolCall.CallId, requests[1].Messages[3].GetProperty("tool_call_id").GetString());
        Assert.Equal(Script.FinalAnswer.Text, conversation.Response.Text);
    }

    private Task<TraceDetail> StoredTraceAsync() => conversation.StoredTraceAsync(SpansPerConversation);

    /// <summary>The two chat spans in call order: the one that asked for the tool, then the one that answered.</summary>
    private static (SpanView ToolCall, SpanView Answer) ChatSpans(TraceDetail trace)
    {
        var chats = trace.Spans.Where(s => s.Kind == "llm").OrderBy(s => s.StartUnixNano).ToList();
        Assert.Equal(2, chats.Count);
        return (chats[0], chats[1]);
    }

    /// <summary>M.E.AI re-serializes arguments (indented), so compare them as JSON, not as text.</summary>
    private static void AssertSameJson(string expected, string? actual)
    {
        Assert.NotNull(actual);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"Expected JSON {expected}, got {actual}");
    }
}
