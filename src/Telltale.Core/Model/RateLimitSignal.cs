namespace Telltale.Core.Model;

/// <summary>Whether a call was refused by the provider's rate limiter. Providers and SDKs say so in different
/// places: the HTTP status, the exception type (e.g. RateLimitError, HttpRequestException with 429), or the
/// status message.</summary>
public static class RateLimitSignal
{
    public static bool IsRateLimited(AiSpan span) =>
        span.HttpStatusCode == 429
        || Mentions(span.ErrorType)
        || (span.Status == AiSpanStatus.Error && Mentions(span.StatusMessage));

    private static bool Mentions(string? text) =>
        text is not null
        && (text.Contains("429", StringComparison.Ordinal)
            || text.Contains("RateLimit", StringComparison.OrdinalIgnoreCase)
            || text.Contains("rate limit", StringComparison.OrdinalIgnoreCase)
            || text.Contains("rate_limit", StringComparison.OrdinalIgnoreCase)
            || text.Contains("TooManyRequests", StringComparison.OrdinalIgnoreCase));
}
