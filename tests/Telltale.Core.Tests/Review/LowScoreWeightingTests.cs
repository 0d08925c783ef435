using Telltale.Core.Review;
using Telltale.Core.Review.Sampling;

namespace Telltale.Core.Tests.Review;

public sealed class LowScoreWeightingTests
{
    [Fact]
    public void The_weight_rises_towards_the_bad_end_of_the_scale()
    {
        var low = new LowScoreWeighting(ReviewQueueRule.Low, 4);
        var high = new LowScoreWeighting(ReviewQueueRule.High, 4);

        Assert.Equal((5.0, 3.0, 1.0), (low.WeightOf(0), low.WeightOf(0.5), low.WeightOf(1)));
        Assert.Equal((1.0, 3.0, 5.0), (high.WeightOf(0), high.WeightOf(0.5), high.WeightOf(1)));
    }

    [Fact]
    public void A_missing_signal_weighs_one_and_values_off_the_scale_are_clamped()
    {
        var low = new LowScoreWeighting(ReviewQueueRule.Low, 4);

        Assert.Equal(1, low.WeightOf(null));
        Assert.Equal(1, low.WeightOf(double.NaN));
        Assert.Equal(1, low.WeightOf(2.7)); // a verbosity ratio above 1 counts as the best end
        Assert.Equal(5, low.WeightOf(-1));
        Assert.Equal(1, LowScoreWeighting.None.WeightOf(0));
    }

    [Fact]
    public void The_worst_of_several_values_is_the_lowest_or_the_highest()
    {
        Assert.Equal(0.2, new LowScoreWeighting(ReviewQueueRule.Low, 1).Worst([0.9, 0.2, 0.5]));
        Assert.Equal(0.9, new LowScoreWeighting(ReviewQueueRule.High, 1).Worst([0.9, 0.2, 0.5]));
    }
}
