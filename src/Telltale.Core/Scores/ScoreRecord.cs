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

    /// <summary>The AI system the judged call belongs to, when known (evaluators always know it).</summary>
    public string? System { get; init; }
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

    /// <summary>Mean numeric value and count of one score over the range, per system.</summary>
    Task<IReadOnlyList<ScoreSummary>> SummarizeAsync(string projectId, Querying.TimeRange range, string name, CancellationToken ct);

    /// <summary>Per system: count and mean of the numeric scores on the 0..1 scale (evaluator verdicts, pass rates,
    /// normalised annotations) over the range; the dashboard's quality figure.</summary>
    Task<IReadOnlyList<ScoreSummary>> SummarizeQualityAsync(string projectId, Querying.TimeRange range, CancellationToken ct);

    /// <summary>Count and mean of every numeric score by name, per system or, with <paramref name="byIntent"/>, per
    /// intent of the judged trace (else of the judged session's opening trace), over one system or all.</summary>
    Task<IReadOnlyList<ScoreNameSummary>> SummarizeNamesAsync(string projectId, Querying.TimeRange range, string? system, bool byIntent,
        CancellationToken ct);

    /// <summary>Scores many at once (an evaluator round), in one transaction.</summary>
    Task AddManyAsync(string projectId, IReadOnlyList<ScoreRecord> scores, CancellationToken ct);

    /// <summary>Numeric scores per name and time bucket (metric <c>score.&lt;name&gt;</c>), optionally of one system.</summary>
    Task<IReadOnlyList<Quality.QualityPoint>> SeriesAsync(string projectId, Querying.TimeRange range, TimeSpan step, string? system, CancellationToken ct);

    /// <summary>Scores matching every filter given (traces, names, sources, time), newest first.</summary>
    Task<IReadOnlyList<ScoreRecord>> QueryAsync(string projectId, ScoreQuery query, CancellationToken ct);
}

public sealed record ScoreSummary(string? System, long Count, double? Mean);

