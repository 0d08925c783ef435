using Telltale.Core.Alerting;

namespace Telltale.Core.Tests.Alerting;

public class RobustStatisticsTests
{
    [Fact]
    public void Median_and_mad_match_hand_computed_values()
    {
        double[] values = [1, 2, 3, 4, 100];

        Assert.Equal(3, RobustStatistics.Median(values));
        Assert.Equal(2.5, RobustStatistics.Median([1, 2, 3, 4]));
        Assert.Equal(1, RobustStatistics.Mad(values)); // deviations 2,1,0,1,97 → median 1
        Assert.Equal((10 - 3) / 1.4826, RobustStatistics.RobustZ(10, values), 9);
    }

    [Fact]
    public void A_flat_history_does_not_make_every_wobble_infinite()
    {
        double[] flat = [200, 200, 200, 200];

        Assert.Equal(1, RobustStatistics.RobustZ(210, flat), 9); // scale floored at 5 % of 200 = 10
        Assert.True(RobustStatistics.RobustZ(600, flat) > 4);
    }
}
