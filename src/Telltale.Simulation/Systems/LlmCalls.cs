using System.Diagnostics;
using Telltale.Simulation.Model;
using Telltale.Simulation.Scenarios;

namespace Telltale.Simulation.Systems;

/// <summary>
/// Model-call spans shaped like an instrumented SDK's (GenAI conventions v1.41): latency from time to first token
/// plus streaming time, with log-normal noise; baseline failures (timeouts, 5xx, occasional 429); and the latency
/// and rate-limit incidents applied where they belong.
/// </summary>
public static class LlmCalls
{
    /// <summary>Share of calls that fail on a normal day (timeouts and provider 5xx), and that are rate limited.</summary>
    public const double BaselineFailureRate = 0.005;
    public const double BaselineRateLimitRate = 0.0015;

    public sealed record ChatRequest(ModelSpec Model, long InputTokens, long OutputTokens, string InputMessagesJson,
        string? SystemInstructionsJson, string FinishReason);

    /// <summary>A chat call starting at <paramref name="start"/>; the output arrives only when the call succeeded.
    /// <paramref name="forcedFailure"/> lets an incident decide the call fails and how.</summary>
    public static SimSpan Chat(SystemContext ctx, DateTimeOffset start, ChatRequest request, Func<string> outputMessagesJson,
        (string ErrorType, int HttpStatus, string Message)? forcedFailure = null)
    {
        var random = ctx.Random;
        var model = request.Model;
        var (latencyFactor, sigma) = LatencyOf(ctx, model, start);
        var firstToken = random.LogNormal(model.FirstTokenMedianMs, 0.35 + sigma) * latencyFactor;
        var streaming = request.OutputTokens * model.MsPerOutputToken * random.LogNormal(1, 0.2 + sigma) * latencyFactor;

        var failure = forcedFailure ?? BaselineFailure(ctx, start);
        var span = new SimSpan
        {
            Name = $"chat {model.RequestModel}",
            Kind = ActivityKind.Client,
            Start = start,
            End = start + TimeSpan.FromMilliseconds(failure is null ? firstToken + streaming : firstToken * 0.6),
        };
        span.Set("gen_ai.operation.name", "chat")
            .Set("gen_ai.provider.name", model.Provider)
            .Set("gen_ai.request.model", model.RequestModel)
            .Set("server.address", model.Provider == "anthropic" ? "api.anthropic.com" : "api.openai.com");
        if (request.SystemInstructionsJson is not null) span.Set("gen_ai.system_instructions", request.SystemInstructionsJson);
        span.Set("gen_ai.input.messages", request.InputMessagesJson);

        if (failure is { } f)
        {
            span.Set("error.type", f.ErrorType).Fail(f.Message);
            if (f.HttpStatus > 0) span.Set("http.response.status_code", (long)f.HttpStatus);
            return span;
        }
        span.Set("gen_ai.response.model", model.ResponseModel)
            .Set("gen_ai.response.id", $"resp_{random.Hex(12)}")
            .Set("gen_ai.usage.input_tokens", request.InputTokens)
            .Set("gen_ai.usage.output_tokens", request.OutputTokens)
            .Set("gen_ai.response.finish_reasons", new[] { request.FinishReason })
            .Set("gen_ai.response.time_to_first_chunk", Math.Round(firstToken / 1000.0, 4))
            .Set("gen_ai.output.messages", outputMessagesJson());
        return span;
    }

    public static SimSpan Embedding(SystemContext ctx, DateTimeOffset start, long inputTokens)
    {
        var model = ModelSpec.Embedding3Small;
        var span = new SimSpan
        {
            Name = $"embeddings {model.RequestModel}",
            Kind = ActivityKind.Client,
            Start = start,
            End = start + TimeSpan.FromMilliseconds(ctx.Random.LogNormal(model.FirstTokenMedianMs, 0.4)),
        };
        return span.Set("gen_ai.operation.name", "embeddings")
            .Set("gen_ai.provider.name", model.Provider)
            .Set("gen_ai.request.model", model.RequestModel)
            .Set("gen_ai.response.model", model.ResponseModel)
            .Set("gen_ai.usage.input_tokens", inputTokens)
            .Set("gen_ai.embeddings.dimension.count", 1536L);
    }

    /// <summary>A degraded model answers ×3 slower at the median with a heavier tail (sigma +0.25), so its p95 ends
    /// up ×3 or more, the seeds' alert threshold.</summary>
    private static (double Factor, double ExtraSigma) LatencyOf(SystemContext ctx, ModelSpec model, DateTimeOffset at) =>
        ctx.Active(IncidentKind.LatencyDegradation, at) is { } incident && (incident.Segment is null || incident.Segment == model.RequestModel)
            ? (3.0, 0.25)
            : (1.0, 0.0);

    private static (string, int, string)? BaselineFailure(SystemContext ctx, DateTimeOffset at)
    {
        var rateLimited = ctx.IsActive(IncidentKind.RateLimitBurst, at) ? 0.30 : BaselineRateLimitRate;
        var x = ctx.Random.NextDouble();
        if (x < rateLimited)
            return ("rate_limit_exceeded", 429, "429 Too Many Requests: rate limit reached for requests per minute");
        if (x < rateLimited + BaselineFailureRate)
            return ctx.Random.Chance(0.6)
                ? ("timeout", 0, "The request timed out after 30 s")
                : ("server_error", 500, "500 Internal Server Error from the provider");
        return null;
    }
}
