namespace Telltale.Core.Evaluation.Scoring;

/// <summary>The output is JSON conforming to a schema: structured-output prompts break quietly when a model update
/// starts adding a field or dropping one.</summary>
public sealed class JsonSchemaScorer(string name, JsonSchemaCheck schema) : ICanaryScorer
{
    public string Name => name;
    public bool IsBinary => true;

    public Task<ScorerResult?> ScoreAsync(ScoringInput input, CancellationToken ct)
    {
        var (conforms, reason) = schema.Check(input.Output);
        return Task.FromResult<ScorerResult?>(new ScorerResult(Name, conforms ? 1 : 0, reason));
    }
}
