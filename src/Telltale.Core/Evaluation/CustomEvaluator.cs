using System.Text.Json;
using Telltale.Core.Evaluation.Judging;
using Telltale.Core.Evaluation.Scoring;

namespace Telltale.Core.Evaluation;

/// <summary>
/// An evaluator a project configures for its production calls, beside the built-in heuristics: <c>regex</c> (the
/// answer must or must not match), <c>contains</c> (a fixed text), <c>json_schema</c>, or <c>llm_judge</c> (a judge
/// model with a prompt over question, answer and retrieved context, its calls recorded with their cost).
/// </summary>
/// <param name="SampleRate">Share of traces judged; default the server's default rate (judges cost money per call).</param>
public sealed record CustomEvaluator(string Name, string Type, string? Pattern = null, string? Text = null, bool MustMatch = true,
    JsonElement? Schema = null, JudgeDefinition? Judge = null, double? SampleRate = null, IReadOnlyList<string>? Systems = null, bool Enabled = true)
{
    public static readonly IReadOnlyList<string> Types = [ScorerConfig.Regex, ScorerConfig.Contains, ScorerConfig.JsonSchema, ScorerConfig.LlmJudge];

    public ScorerConfig ToScorer() => new(Type, Name, Text, Pattern, MustMatch, Schema, Judge);

    public IReadOnlyList<string> Validate(IReadOnlyCollection<string> connections, IReadOnlyCollection<string> builtInNames, string where)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 100 || Name.Any(char.IsWhiteSpace))
            errors.Add($"{where}: 'name' must be 1–100 characters without spaces (its scores are alertable as score.<name>).");
        else if (builtInNames.Contains(Name)) errors.Add($"{where}: 'name' '{Name}' is a built-in evaluator's; choose another.");
        if (!Types.Contains(Type)) errors.Add($"{where}: 'type' must be one of {string.Join(", ", Types)}; got '{Type}'.");
        else
        {
            if (Type == ScorerConfig.Contains && string.IsNullOrEmpty(Text)) errors.Add($"{where}: a contains evaluator needs 'text' (production calls have no reference answer).");
            errors.AddRange(ScorerFactory.Validate(ToScorer(), connections, where));
        }
        if (SampleRate is < 0 or > 1) errors.Add($"{where}: 'sampleRate' must be from 0 to 1.");
        return errors;
    }
}
