using Telltale.Core.Evaluation.Judging;

namespace Telltale.Core.Evaluation.Scoring;

/// <summary>An LLM judge's score of the output. A judge that fails or replies off-scale gives no score for the item
/// (its call is still returned, to be recorded and paid for).</summary>
public sealed class JudgeScorer(string name, LlmJudge judge) : ICanaryScorer
{
    public string Name => name;
    public bool IsBinary => false;

    public async Task<ScorerResult?> ScoreAsync(ScoringInput input, CancellationToken ct)
    {
        var outcome = await judge.JudgeAsync(JudgeVariables.Of(input.Input, input.Output, input.Reference, input.Context, input.Intent, input.System, input.Metadata), ct);
        return outcome.Verdict is { } v
            ? new ScorerResult(Name, v.Score, v.Reason, outcome)
            : new ScorerResult(Name, double.NaN, outcome.Problem ?? "No verdict.", outcome);
    }
}
