namespace Telltale.Core.Evaluation.Scoring;

/// <summary>
/// Scores a model's output for a dataset item. Contract: binary scorers (<see cref="IsBinary"/>) return 0 or 1, so a
/// run-to-run comparison can use McNemar's test on them; others return a value in [0, 1]. Returns null when the item
/// gives it nothing to score (an exact-match scorer on an item without a reference), and a result valued NaN when it
/// tried and could not (a judge that did not answer); never throws for a bad output.
/// </summary>
public interface ICanaryScorer
{
    string Name { get; }
    bool IsBinary { get; }

    Task<ScorerResult?> ScoreAsync(ScoringInput input, CancellationToken ct);
}
