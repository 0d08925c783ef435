using Telltale.Core.Evaluation.Llm;

namespace Telltale.Core.Evaluation.Judging;

/// <summary>Asks the judge model about one answer. The completion is returned with the verdict so its cost can be
/// recorded whether or not the reply could be read.</summary>
public sealed class LlmJudge(ILlmClient client, LlmConnection connection, JudgeDefinition definition)
{
    private readonly PromptTemplate _prompt = new(definition.Prompt);

    public sealed record Outcome(JudgeVerdictParser.Verdict? Verdict, LlmCompletion Completion, LlmRequest Request, LlmConnection Connection)
    {
        /// <summary>Why there is no verdict, for the log and the run's record.</summary>
        public string? Problem => Completion.Error ?? (Verdict is null ? $"The judge's reply had no score on its scale: '{Trim(Completion.Text)}'" : null);

        private static string Trim(string text) => text.Length > 120 ? text[..120] + "…" : text;
    }

    public async Task<Outcome> JudgeAsync(IReadOnlyDictionary<string, string?> values, CancellationToken ct)
    {
        var request = new LlmRequest(definition.Model,
            [new LlmMessage("system", definition.SystemPrompt ?? JudgePrompts.DefaultSystem), new LlmMessage("user", _prompt.Render(values))],
            definition.Temperature);
        var completion = await client.CompleteAsync(connection, request, ct);
        var verdict = completion.Succeeded ? JudgeVerdictParser.Parse(completion.Text, definition.ScaleMin, definition.ScaleMax) : null;
        return new Outcome(verdict, completion, request, connection);
    }
}
