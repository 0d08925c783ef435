using System.Globalization;
using System.Text.Json;
using Telltale.Core.Projects;
using Telltale.Core.Scores;

namespace Telltale.Core.Review;

/// <summary>
/// Checks an annotation against the score configs its queue fills and turns it into scores on the item's trace
/// (source "annotation"), timed at the trace like evaluator scores, so human and automated quality line up with the
/// traffic they judge.
/// </summary>
public static class AnnotationValidator
{
    public const int MaxCommentLength = 10_000;

    public static (IReadOnlyList<ScoreRecord> Scores, IReadOnlyList<string> Errors) ToScores(ReviewItem item, IReadOnlyList<ScoreConfig> configs,
        ReviewAnnotation annotation)
    {
        var errors = new List<string>();
        var comment = string.IsNullOrWhiteSpace(annotation.Comment) ? null : annotation.Comment.Trim();
        if (comment is { Length: > MaxCommentLength }) errors.Add($"'comment' must be at most {MaxCommentLength:N0} characters.");

        var given = (annotation.Values ?? new Dictionary<string, JsonElement>())
            .Where(v => v.Value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)).ToList();
        if (given.Count == 0 && comment is null) errors.Add("Give at least one value ('values': { \"<config>\": … }) or a 'comment'.");

        var byName = configs.ToDictionary(c => c.Name);
        var scores = new List<ScoreRecord>();
        foreach (var (name, value) in given)
        {
            if (!byName.TryGetValue(name, out var config))
            {
                errors.Add($"'{name}' is not a score config of this queue; " +
                           (configs.Count == 0 ? "it has none (POST /api/v1/score-configs)." : $"use {string.Join(", ", configs.Select(c => c.Name))}."));
                continue;
            }
            if (Read(config, value, errors) is { } score)
                scores.Add(score with { TraceId = item.TraceId, SessionId = item.SessionId, System = item.System, Comment = comment, Time = item.TraceTime });
        }
        return errors.Count > 0 ? ([], errors) : (scores, errors);
    }

    private static ScoreRecord? Read(ScoreConfig config, JsonElement value, List<string> errors)
    {
        switch (config.DataType)
        {
            case ScoreRecord.Numeric when value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var n) && double.IsFinite(n):
                if (n < (config.Min ?? double.NegativeInfinity) || n > (config.Max ?? double.PositiveInfinity))
                {
                    errors.Add($"'{config.Name}' must be {Range(config)}; got {n.ToString(CultureInfo.InvariantCulture)}.");
                    return null;
                }
                return New(config, n, null);
            case ScoreRecord.Numeric:
                errors.Add($"'{config.Name}' must be {Range(config)}; got {value.GetRawText()}.");
                return null;
            case ScoreRecord.Boolean when value.ValueKind is JsonValueKind.True or JsonValueKind.False:
                var flag = value.GetBoolean();
                return New(config, flag ? 1 : 0, flag ? "true" : "false");
            case ScoreRecord.Boolean:
                errors.Add($"'{config.Name}' must be true or false; got {value.GetRawText()}.");
                return null;
            default:
                var category = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
                if (category is not null && config.Categories?.Contains(category) == true) return New(config, null, category);
                errors.Add($"'{config.Name}' must be one of {string.Join(", ", config.Categories ?? [])}; got {value.GetRawText()}.");
                return null;
        }
    }

    private static string Range(ScoreConfig c) => (c.Min, c.Max) switch
    {
        ({ } min, { } max) => $"a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}",
        ({ } min, null) => $"a number of at least {min.ToString(CultureInfo.InvariantCulture)}",
        (null, { } max) => $"a number of at most {max.ToString(CultureInfo.InvariantCulture)}",
        _ => "a number",
    };

    private static ScoreRecord New(ScoreConfig config, double? number, string? text) => new()
    {
        Id = ApiKeySecrets.NewId(),
        Name = config.Name,
        DataType = config.DataType,
        NumericValue = number,
        StringValue = text,
        Source = ScoreSources.Annotation,
        Time = default,
    };
}
