using Telltale.Core.Scores;

namespace Telltale.Core.Tests.Review;

public sealed class ScoreConfigValidatorTests
{
    private static (ScoreConfig? Config, IReadOnlyList<string> Errors) Normalize(string? name, string? type, double? min = null, double? max = null,
        string[]? categories = null, string? evaluator = null) =>
        ScoreConfigValidator.Normalize(new ScoreConfigValidator.Posted(name, type, min, max, categories, null, evaluator), "id1");

    [Fact]
    public void Each_data_type_is_accepted_in_its_shape()
    {
        Assert.Equal((1.0, 5.0), Normalize("accuracy", "Numeric", 1, 5) is ({ } n, _) ? (n.Min!.Value, n.Max!.Value) : default);
        Assert.Equal(["polite", "curt"], Normalize("tone", "categorical", categories: [" polite", "curt "]).Config!.Categories!);
        Assert.Equal("refusal", Normalize("refused", "boolean", evaluator: "refusal").Config!.ComparedEvaluator);
        Assert.Equal("helpful", Normalize("helpful", "numeric").Config!.ComparedEvaluator);
    }

    [Theory]
    [InlineData(null, "numeric", "'name' must be 1 to 100 letters")]
    [InlineData("two words", "numeric", "got 'two words'")]
    [InlineData("x", "stars", "'dataType' must be one of numeric, categorical, boolean; got 'stars'.")]
    public void Names_and_types_are_checked(string? name, string? type, string message) =>
        Assert.Contains(Normalize(name, type).Errors, e => e.Contains(message));

    [Fact]
    public void Ranges_categories_and_their_data_types_must_match()
    {
        Assert.Contains("'min' (5) must be less than 'max' (1).", Normalize("a", "numeric", 5, 1).Errors);
        Assert.Contains("'min' and 'max' apply to numeric configs only.", Normalize("a", "boolean", 0, 1).Errors);
        Assert.Contains("'categories' apply to categorical configs only.", Normalize("a", "numeric", categories: ["x", "y"]).Errors);
        Assert.Contains("A categorical config needs 2 to 50 'categories'; got 1.", Normalize("a", "categorical", categories: ["x"]).Errors);
        Assert.Contains("Categories must differ; repeated: Yes.", Normalize("a", "categorical", categories: ["Yes", "yes", "no"]).Errors);
    }

    [Fact]
    public void Every_problem_is_named_at_once()
    {
        var (config, errors) = Normalize("bad name", "categorical", 0, 1, evaluator: "no good");

        Assert.Null(config);
        Assert.Equal(4, errors.Count); // name, evaluator, min/max, categories
    }
}
