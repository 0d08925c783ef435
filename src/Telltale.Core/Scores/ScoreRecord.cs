namespace Telltale.Core.Scores;

/// <summary>
/// A named judgement of a trace, span or session: numeric, categorical or boolean, from the API, an evaluator,
/// a human annotation, or an OpenTelemetry <c>gen_ai.evaluation.result</c> event.
/// </summary>
public sealed record ScoreRecord
{
    public required string Id { get; init; }
    public required string Name { get; init; }

    /// <summary>numeric, categorical or boolean.</summary>
    public required string DataType { get; init; }
    public double? NumericValue { get; init; }
    public string? StringValue { get; init; }
    public string? TraceId { get; init; }
    public string? SpanId { get; init; }
    public string? SessionId { get; init; }
    public string? Comment { get; init; }

    /// <summary>api, evaluator, annotation or otel.</summary>
    public required string Source { get; init; }
    public required DateTimeOffset Time { get; init; }

    public const string Numeric = "numeric";
    public const string Categorical = "categorical";
    public const string Boolean = "boolean";
}

public interface IScoreStore
{
    Task AddAsync(string projectId, ScoreRecord score, CancellationToken ct);
    Task<IReadOnlyList<ScoreRecord>> ListAsync(string projectId, Querying.TimeRange range, string? traceId, string? name, int limit, CancellationToken ct);
}
