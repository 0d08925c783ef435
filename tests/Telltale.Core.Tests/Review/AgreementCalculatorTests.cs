using Telltale.Core.Review.Agreement;
using Telltale.Core.Scores;

namespace Telltale.Core.Tests.Review;

public sealed class AgreementCalculatorTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static int _ids;

    private static ScoreRecord Score(string trace, string name, double? number, string? label, string source, int minutes = 0) => new()
    {
        Id = $"s{Interlocked.Increment(ref _ids):D6}", Name = name, DataType = label is null ? ScoreRecord.Numeric : ScoreRecord.Categorical,
        NumericValue = number, StringValue = label, TraceId = trace, Source = source, Time = T0.AddMinutes(minutes),
    };

    private static ScoreConfig Config(string name, string type, string? evaluator = null, double? min = null, double? max = null, params string[] categories) =>
        new() { Id = name, Name = name, DataType = type, Evaluator = evaluator, Min = min, Max = max, Categories = categories.Length == 0 ? null : categories };

    [Fact]
    public void A_boolean_config_is_compared_with_its_evaluator_thresholded_at_one_half()
    {
        // Evaluator values 0.9 0.8 0.7 0.6 0.4 0.1 0.2 0.3 0.0 0.5 read as 1111000001; humans said 1111110000.
        // As in the statistics test: 70 % agreement, kappa 0.4.
        double[] machine = [0.9, 0.8, 0.7, 0.6, 0.4, 0.1, 0.2, 0.3, 0.0, 0.5];
        var human = "1111110000";
        var humans = human.Select((h, i) => Score($"t{i}", "refused", h == '1' ? 1 : 0, null, ScoreSources.Annotation)).ToList();
        var machines = machine.Select((m, i) => Score($"t{i}", "refusal", m, null, ScoreSources.Evaluator)).ToList();

        var row = Assert.Single(AgreementCalculator.Compute([Config("refused", ScoreRecord.Boolean, evaluator: "refusal")], humans, machines));

        Assert.Equal(("refusal", "refused", 10), (row.Evaluator, row.ScoreConfig, row.Pairs));
        Assert.Equal(0.7, row.PercentAgreement!.Value, 12);
        Assert.Equal(0.4, row.CohensKappa!.Value, 12);
        Assert.Null(row.Pearson);
    }

    [Fact]
    public void A_numeric_config_is_rescaled_by_its_range_for_the_mean_difference_and_correlated_as_it_is()
    {
        // Human 1..5 ratings 1 3 5 5 2 are 0 0.5 1 1 0.25 on the 0..1 scale; groundedness 0 0.5 1 0.5 0.5.
        // MAD = (0 + 0 + 0 + 0.5 + 0.25) / 5 = 0.15. Pearson: Σdxdy = 2, Σdx² = 12.8 (raw ratings), Σdy² = 0.5: 2/√6.4.
        // Spearman: ranks 1 3 4.5 4.5 2 and 1 3 5 3 3: Σ = 7, 9.5, 8: 7/√76.
        double[] ratings = [1, 3, 5, 5, 2], groundedness = [0, 0.5, 1, 0.5, 0.5];
        var humans = ratings.Select((v, i) => Score($"t{i}", "accuracy", v, null, ScoreSources.Annotation)).ToList();
        var machines = groundedness.Select((v, i) => Score($"t{i}", "groundedness", v, null, ScoreSources.Evaluator)).ToList();

        var row = Assert.Single(AgreementCalculator.Compute([Config("accuracy", ScoreRecord.Numeric, "groundedness", 1, 5)], humans, machines));

        Assert.Equal(5, row.Pairs);
        Assert.Equal(0.15, row.MeanAbsoluteDifference!.Value, 12);
        Assert.Equal(2 / Math.Sqrt(6.4), row.Pearson!.Value, 12);
        Assert.Equal(7 / Math.Sqrt(76), row.Spearman!.Value, 12);
        Assert.Null(row.CohensKappa);
    }

    [Fact]
    public void Only_traces_both_judged_are_paired_and_the_newest_score_of_a_trace_counts()
    {
        var humans = new[]
        {
            Score("t1", "tone", null, "polite", ScoreSources.Annotation),
            Score("t2", "tone", null, "curt", ScoreSources.Annotation),
            Score("t3", "tone", null, "polite", ScoreSources.Annotation), // no automated score for t3
        };
        var machines = new[]
        {
            Score("t1", "tone", null, "curt", ScoreSources.Evaluator, minutes: 0),
            Score("t1", "tone", null, "polite", ScoreSources.Evaluator, minutes: 5), // the last call of t1: this one counts
            Score("t2", "tone", null, "curt", ScoreSources.Otel),
            Score("t4", "tone", null, "curt", ScoreSources.Evaluator),
        };

        var row = Assert.Single(AgreementCalculator.Compute([Config("tone", ScoreRecord.Categorical, categories: ["polite", "curt"])], humans, machines));

        Assert.Equal(2, row.Pairs);
        Assert.Equal(1, row.PercentAgreement);
        Assert.Equal("tone", row.Evaluator); // same name when no evaluator is named
    }

    [Fact]
    public void A_config_with_no_pairs_is_still_listed_with_nothing_to_report()
    {
        var row = Assert.Single(AgreementCalculator.Compute([Config("helpful", ScoreRecord.Numeric)], [], []));

        Assert.Equal(0, row.Pairs);
        Assert.Null(row.Pearson);
        Assert.Null(row.MeanAbsoluteDifference);
    }
}
