namespace Telltale.Core.Scores;

/// <summary>Where a score came from (<see cref="ScoreRecord.Source"/>).</summary>
public static class ScoreSources
{
    public const string Api = "api";
    public const string Evaluator = "evaluator";
    public const string Annotation = "annotation";

    /// <summary>An OpenTelemetry gen_ai.evaluation.result event: an evaluator outside Telltale.</summary>
    public const string Otel = "otel";

    /// <summary>Judgements made by programs, which human annotations are compared with.</summary>
    public static readonly IReadOnlyList<string> Automated = [Evaluator, Otel];
}
