namespace Telltale.Ingestion.Writing;

public sealed record BatchWriterOptions
{
    /// <summary>Rows (spans, logs, points) accepted but not yet committed; beyond this, requests are refused with
    /// Retry-After so memory stays bounded.</summary>
    public int MaxPendingItems { get; init; } = 250_000;

    /// <summary>Upper bound of rows in one commit; bigger groups amortise the commit, smaller ones answer sooner.</summary>
    public int MaxItemsPerCommit { get; init; } = 50_000;

    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(2);
}
