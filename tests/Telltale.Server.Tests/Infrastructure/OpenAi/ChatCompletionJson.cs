using System.Text.Json.Nodes;

namespace Telltale.Server.Tests.Infrastructure.OpenAi;

/// <summary>
/// Chat-completion response bodies in the exact shape api.openai.com returns (a non-streaming
/// <c>chat.completion</c> object), including the fields the SDK may ignore, so the client parses what it would
/// parse in production.
/// </summary>
internal static class ChatCompletionJson
{
    public static JsonObject ToolCall(string model, ScriptedToolCall call) => Completion(
        model,
        message: new JsonObject
        {
            ["role"] = "assistant",
            ["content"] = null,
            ["tool_calls"] = new JsonArray(new JsonObject
            {
                ["id"] = call.CallId,
                ["type"] = "function",
                ["function"] = new JsonObject { ["name"] = call.FunctionName, ["arguments"] = call.Arguments },
            }),
            ["refusal"] = null,
            ["annotations"] = new JsonArray(),
        },
        finishReason: "tool_calls",
        call.Usage);

    public static JsonObject Answer(string model, ScriptedAnswer answer) => Completion(
        model,
        message: new JsonObject
        {
            ["role"] = "assistant",
            ["content"] = answer.Text,
            ["refusal"] = null,
            ["annotations"] = new JsonArray(),
        },
        finishReason: "stop",
        answer.Usage);

    /// <summary>OpenAI's error envelope, for requests the stand-in does not support.</summary>
    public static JsonObject Error(string message) => new()
    {
        ["error"] = new JsonObject
        {
            ["message"] = message,
            ["type"] = "invalid_request_error",
            ["param"] = null,
            ["code"] = null,
        },
    };

    private static JsonObject Completion(string model, JsonObject message, string finishReason, ScriptedUsage usage) => new()
    {
        ["id"] = $"chatcmpl-{Guid.NewGuid():N}"[..38],
        ["object"] = "chat.completion",
        ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        ["model"] = model,
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = message,
            ["logprobs"] = null,
            ["finish_reason"] = finishReason,
        }),
        ["usage"] = new JsonObject
        {
            ["prompt_tokens"] = usage.PromptTokens,
            ["completion_tokens"] = usage.CompletionTokens,
            ["total_tokens"] = usage.TotalTokens,
            ["prompt_tokens_details"] = new JsonObject { ["cached_tokens"] = usage.CachedTokens, ["audio_tokens"] = 0 },
            ["completion_tokens_details"] = new JsonObject
            {
                ["reasoning_tokens"] = usage.ReasoningTokens,
                ["audio_tokens"] = 0,
                ["accepted_prediction_tokens"] = 0,
                ["rejected_prediction_tokens"] = 0,
            },
        },
        ["service_tier"] = "default",
        ["system_fingerprint"] = "fp_0ba0d124f1",
    };
}
