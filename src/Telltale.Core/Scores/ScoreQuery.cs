using Telltale.Core.Querying;

namespace Telltale.Core.Scores;

/// <summary>Which scores to read; every filter left null matches everything.</summary>
public sealed record ScoreQuery
{
    public TimeRange? Range { get; init; }
    public IReadOnlyCollection<string>? TraceIds { get; init; }
    public IReadOnlyCollection<string>? Names { get; init; }

    /// <summary>api, evaluator, annotation or otel.</summary>
    public IReadOnlyCollection<string>? Sources { get; init; }
    public int Limit { get; init; } = 10_000;
}
