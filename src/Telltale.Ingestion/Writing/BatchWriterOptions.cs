namespace Telltale.Ingestion.Writing;

public sealed record BatchWriterOptions
{
    /// <summary>Rows (spans, logs, points) accepted but not yet committed; beyond this, requests are refused with
    /// Retry-After so memory stays bounded.</summary>
    public int MaxPendingItems { get; init; } = 250_000;

    /// <summary>Upper bound of rows in one commit; bigger groups amortise the commit, smaller ones answer sooner.</summary>
    public int MaxItemsPerCommit { get; init; } = 50_000;

    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long a commit may wait for requests that are still being decoded and normalised to join it. A commit has
    /// a fixed cost (~18 ms measured on 2 cores, against ~17 µs per span), so gathering the requests already in
    /// flight into one group raises throughput; the wait ends as soon as none is in flight.
    /// </summary>
    public TimeSpan MaxGatherWait { get; init; } = TimeSpan.FromMilliseconds(20);
}
