namespace Telltale.Ingestion.Writing;

/// <summary>The write queue is full: the client should retry after <see cref="RetryAfter"/> (HTTP 503 / gRPC
/// UNAVAILABLE, both retryable per the OTLP specification). Nothing of the request was accepted.</summary>
public sealed class WriterSaturatedException(TimeSpan retryAfter)
    : Exception($"Telltale's write queue is full; retry after {retryAfter.TotalSeconds:0} s.")
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
