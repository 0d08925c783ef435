namespace Telltale.Core.Review;

public sealed record ReviewQueueCounts(long Pending, long Done, long Skipped);
