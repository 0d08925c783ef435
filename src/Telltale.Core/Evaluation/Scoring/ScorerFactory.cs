using System.Text.RegularExpressions;
using Telltale.Core.Evaluation.Judging;
using Telltale.Core.Evaluation.Llm;

namespace Telltale.Core.Evaluation.Scoring;

/// <summary>Checks scorer configurations (every problem named) and builds the scorers they describe.</summary>
public static class ScorerFactory
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(100);

    public static IReadOnlyList<string> Validate(ScorerConfig config, IReadOnlyCollection<string> connections, string where)
    {
        var errors = new List<string>();
        switch (config.Type)
        {
            case ScorerConfig.Exact or ScorerConfig.Contains:
                break;
            case ScorerConfig.Regex:
                if (string.IsNullOrEmpty(config.Pattern)) errors.Add($"{where}: a regex scorer needs 'pattern'.");
                else if (RegexError(config.Pattern) is { } e) errors.Add($"{where}: 'pattern' is not a valid regular expression: {e}");
                break;
            case ScorerConfig.JsonSchema:
                if (config.Schema is not { } schema) errors.Add($"{where}: a json_schema scorer needs 'schema'.");
                else if (JsonSchemaCheck.Compile(schema).Error is { } e) errors.Add($"{where}: {e}");
                break;
            case ScorerConfig.LlmJudge:
                errors.AddRange(JudgeErrors(config.Judge, connections, where));
                break;
            default:
                errors.Add($"{where}: 'type' must be one of {string.Join(", ", ScorerConfig.Types)}; got '{config.Type}'.");
                break;
        }
        return errors;
    }

    public static IReadOnlyList<string> JudgeErrors(JudgeDefinition? judge, IReadOnlyCollection<string> connections, string where)
    {
        if (judge is null) return [$"{where}: an llm_judge needs 'judge' ({{ connection, model, prompt }})."];
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(judge.Connection) || !connections.Contains(judge.Connection))
            errors.Add($"{where}: 'judge.connection' must name an LLM connection of this project ({(connections.Count == 0 ? "none exist: PUT /api/v1/llm-connections/{name}" : string.Join(", ", connections))}); got '{judge.Connection}'.");
        if (string.IsNullOrWhiteSpace(judge.Model)) errors.Add($"{where}: 'judge.model' is required.");
        if (string.IsNullOrWhiteSpace(judge.Prompt)) errors.Add($"{where}: 'judge.prompt' is required: a template or one of {string.Join(", ", JudgePrompts.ByName.Keys)}.");
        else if (new PromptTemplate(PromptOf(judge)).Unknown(JudgeVariables.Offered) is { Count: > 0 } unknown)
            errors.Add($"{where}: 'judge.prompt' uses unknown variables {string.Join(", ", unknown.Select(u => "{{" + u + "}}"))}; offered: {string.Join(", ", JudgeVariables.Offered)}.");
        if (judge.ScaleMax <= judge.ScaleMin) errors.Add($"{where}: 'judge.scaleMax' must be above 'judge.scaleMin'.");
        return errors;
    }

    /// <summary>A named ready-made prompt, or the template as written.</summary>
    public static string PromptOf(JudgeDefinition judge) => JudgePrompts.ByName.TryGetValue(judge.Prompt.Trim(), out var named) ? named : judge.Prompt;

    /// <param name="connection">Looks up a connection by name; validation has made sure it exists.</param>
    public static ICanaryScorer Create(ScorerConfig config, Func<string, LlmConnection> connection, ILlmClient client) => config.Type switch
    {
        ScorerConfig.Exact => new ExactMatchScorer(config.ScoreName),
        ScorerConfig.Contains => new ContainsScorer(config.ScoreName, config.Text),
        ScorerConfig.Regex => new RegexScorer(config.ScoreName, new Regex(config.Pattern!, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeout), config.MustMatch),
        ScorerConfig.JsonSchema => new JsonSchemaScorer(config.ScoreName, JsonSchemaCheck.Compile(config.Schema!.Value).Check!),
        ScorerConfig.LlmJudge => new JudgeScorer(config.ScoreName, JudgeOf(config.Judge!, connection, client)),
        _ => throw new ArgumentException($"Unknown scorer type '{config.Type}'.", nameof(config)),
    };

    public static LlmJudge JudgeOf(JudgeDefinition judge, Func<string, LlmConnection> connection, ILlmClient client) =>
        new(client, connection(judge.Connection), judge with { Prompt = PromptOf(judge) });

    private static string? RegexError(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, RegexTimeout);
            return null;
        }
        catch (ArgumentException ex)
        {
            return ex.Message;
        }
    }
}
