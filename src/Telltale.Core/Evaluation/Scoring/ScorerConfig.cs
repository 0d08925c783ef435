using System.Text.Json;
using Telltale.Core.Evaluation.Judging;

namespace Telltale.Core.Evaluation.Scoring;

/// <summary>
/// A scorer as configured on a canary: <c>exact</c>, <c>contains</c> (the reference, or <see cref="Text"/>),
/// <c>regex</c> (<see cref="Pattern"/>, <see cref="MustMatch"/>), <c>json_schema</c> (<see cref="Schema"/>) or
/// <c>llm_judge</c> (<see cref="Judge"/>, whose prompt may be a template or the name of a ready-made one).
/// </summary>
public sealed record ScorerConfig(string Type, string? Name = null, string? Text = null, string? Pattern = null, bool MustMatch = true,
    JsonElement? Schema = null, JudgeDefinition? Judge = null)
{
    public const string Exact = "exact";
    public const string Contains = "contains";
    public const string Regex = "regex";
    public const string JsonSchema = "json_schema";
    public const string LlmJudge = "llm_judge";

    public static readonly IReadOnlyList<string> Types = [Exact, Contains, Regex, JsonSchema, LlmJudge];

    /// <summary>The name its scores go by: given, else the type.</summary>
    public string ScoreName => string.IsNullOrWhiteSpace(Name) ? Type : Name.Trim();
}
