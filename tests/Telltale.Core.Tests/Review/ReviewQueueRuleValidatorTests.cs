using Telltale.Core.Review;

namespace Telltale.Core.Tests.Review;

public sealed class ReviewQueueRuleValidatorTests
{
    private static ReviewQueueRuleValidator.Posted Posted(int? target = null, string? weightBy = null, string? badWhen = null, double? factor = null,
        string? pacing = null, string[]? configs = null) =>
        new(null, target, null, null, weightBy, badWhen, factor, pacing, configs);

    [Fact]
    public void What_is_left_out_takes_the_defaults()
    {
        var (rule, errors) = ReviewQueueRuleValidator.Normalize(Posted(), []);

        Assert.Empty(errors);
        Assert.Equal(new ReviewQueueRule(), rule! with { Systems = new ReviewQueueRule().Systems, ScoreConfigs = new ReviewQueueRule().ScoreConfigs });
        Assert.Equal((75, "even", "low", true), (rule.TargetPerWeek, rule.Pacing, rule.BadWhen, rule.StratifyByIntent));
    }

    [Theory]
    [InlineData(0, null, null, null, null, "'targetPerWeek' must be from 1 to 10,000; got 0.")]
    [InlineData(null, null, "worst", null, null, "'badWhen' must be 'low' or 'high'; got 'worst'.")]
    [InlineData(null, null, null, -1.0, null, "'weightFactor' must be from 0 to 100; got -1.")]
    [InlineData(null, null, null, null, "weekly", "'pacing' must be 'even' or 'immediate'; got 'weekly'.")]
    [InlineData(null, "feedback.rating", null, null, null, "'weightBy' feedback must be on a 0..1 scale")]
    [InlineData(null, "not a score", null, null, null, "'weightBy' must be a score name or feedback.<kind>; got 'not a score'.")]
    public void Each_field_is_checked(int? target, string? weightBy, string? badWhen, double? factor, string? pacing, string message) =>
        Assert.Contains(ReviewQueueRuleValidator.Normalize(Posted(target, weightBy, badWhen, factor, pacing), []).Errors, e => e.StartsWith(message));

    [Fact]
    public void Score_configs_must_exist()
    {
        var errors = ReviewQueueRuleValidator.Normalize(Posted(configs: ["accuracy", "tone"]), ["accuracy", "refused"]).Errors;

        Assert.Equal("'scoreConfigs' names configs this project does not have: tone; it has accuracy, refused.", Assert.Single(errors));
        Assert.Empty(ReviewQueueRuleValidator.Normalize(Posted(weightBy: "feedback.thumbs", configs: ["accuracy"]), ["accuracy"]).Errors);
    }
}
