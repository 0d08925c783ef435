namespace Telltale.Core.Review.Agreement;

/// <summary>
/// How one evaluator agrees with the humans who filled one score config, over the traces both judged. Boolean and
/// categorical configs get percent agreement and Cohen's kappa (a numeric evaluator value counts as true from 0.5);
/// numeric configs get Pearson's and Spearman's correlation and the mean absolute difference on the 0..1 scale
/// (human values rescaled by the config's min and max).
/// </summary>
public sealed record EvaluatorAgreement
{
    public required string Evaluator { get; init; }
    public required string ScoreConfig { get; init; }
    public required string DataType { get; init; }
    public required int Pairs { get; init; }
    public double? PercentAgreement { get; init; }
    public double? CohensKappa { get; init; }
    public double? Pearson { get; init; }
    public double? Spearman { get; init; }
    public double? MeanAbsoluteDifference { get; init; }
}
