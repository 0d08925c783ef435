using Telltale.Core.Scores;

namespace Telltale.Core.Review;

/// <summary>Where the review queue is kept.</summary>
public interface IReviewQueueStore
{
    /// <summary>Queues the items whose trace is not queued yet (ever, in any status); returns how many were added.</summary>
    Task<int> AddManyAsync(string projectId, IReadOnlyList<ReviewItem> items, CancellationToken ct);

    /// <summary>Items in queue order (oldest week first, then trace time), optionally of one status and assignee.</summary>
    Task<IReadOnlyList<ReviewItem>> ListAsync(string projectId, string? status, string? assignee, int limit, CancellationToken ct);
    Task<ReviewItem?> GetAsync(string projectId, string id, CancellationToken ct);
    Task<ReviewQueueCounts> CountAsync(string projectId, CancellationToken ct);

    /// <summary>Which of these traces are in the queue already.</summary>
    Task<IReadOnlySet<string>> QueuedTracesAsync(string projectId, IReadOnlyCollection<string> traceIds, CancellationToken ct);

    /// <summary>Items sampled for the week starting then, per stratum, whatever their status.</summary>
    Task<IReadOnlyDictionary<string, int>> CountByStratumAsync(string projectId, DateTimeOffset weekStart, CancellationToken ct);

    /// <summary>Finishes a pending item and stores its scores, in one transaction; false (and nothing written) when the
    /// item is not pending any more.</summary>
    Task<bool> CompleteAsync(string projectId, string id, ReviewCompletion completion, IReadOnlyList<ScoreRecord> scores, CancellationToken ct);

    /// <summary>Sets or clears (null) the reviewer; false when the project has no such item.</summary>
    Task<bool> AssignAsync(string projectId, string id, string? assignee, CancellationToken ct);
}
