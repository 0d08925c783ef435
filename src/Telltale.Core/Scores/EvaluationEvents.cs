using Telltale.Core.Normalization;
using Telltale.Otlp.Proto.Common;

namespace Telltale.Core.Scores;

/// <summary>
/// OpenTelemetry GenAI evaluation results (<c>gen_ai.evaluation.result</c>, as a span event or a log record) as
/// scores: <c>gen_ai.evaluation.name</c> names it, <c>…score.value</c> is the number, <c>…score.label</c> the
/// category, <c>…explanation</c> the comment.
/// </summary>
public static class EvaluationEvents
{
    public const string EventName = "gen_ai.evaluation.result";

    public static ScoreRecord? ToScore(string? eventName, IReadOnlyList<KeyValue> attributes, string? traceId, string? spanId, DateTimeOffset time)
    {
        if (eventName != EventName) return null;
        string? name = null, label = null, explanation = null;
        double? value = null;
        foreach (var a in attributes)
        {
            switch (a.Key)
            {
                case "gen_ai.evaluation.name": name = AnyValueJson.ReadString(a.Value); break;
                case "gen_ai.evaluation.score.value": value = AnyValueJson.ReadDouble(a.Value); break;
                case "gen_ai.evaluation.score.label": label = AnyValueJson.ReadString(a.Value); break;
                case "gen_ai.evaluation.explanation": explanation = AnyValueJson.ReadString(a.Value); break;
            }
        }
        if (name is null || (value is null && label is null)) return null;
        return new ScoreRecord
        {
            Id = Projects.ApiKeySecrets.NewId(),
            Name = name,
            DataType = value is not null ? ScoreRecord.Numeric : ScoreRecord.Categorical,
            NumericValue = value,
            StringValue = label,
            TraceId = traceId,
            SpanId = spanId,
            Comment = explanation,
            Source = "otel",
            Time = time,
        };
    }
}
