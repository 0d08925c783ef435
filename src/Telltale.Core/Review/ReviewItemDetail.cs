using Telltale.Core.Scores;

namespace Telltale.Core.Review;

/// <summary>An item with what a reviewer needs beside the trace: the configs to fill and the trace's scores so far.</summary>
public sealed record ReviewItemDetail(ReviewItem Item, IReadOnlyList<ScoreConfig> ScoreConfigs, IReadOnlyList<ScoreRecord> Scores);
