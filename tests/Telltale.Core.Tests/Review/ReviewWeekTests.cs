using Telltale.Core.Review;
using Telltale.Core.Review.Sampling;

namespace Telltale.Core.Tests.Review;

public sealed class ReviewWeekTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 2, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("2026-11-02T00:00:00Z")]
    [InlineData("2026-11-04T13:30:00Z")]
    [InlineData("2026-11-08T23:59:59Z")]
    [InlineData("2026-11-09T01:00:00+02:00")] // Sunday 23:00 UTC
    public void A_week_starts_on_monday_at_midnight_utc(string time) =>
        Assert.Equal(Monday, ReviewWeek.StartOf(DateTimeOffset.Parse(time, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Even_pacing_releases_the_target_with_the_time_elapsed_rounded_up()
    {
        Assert.Equal(0, ReviewWeek.Allowance(75, ReviewQueueRule.Even, Monday, Monday));
        Assert.Equal(1, ReviewWeek.Allowance(75, ReviewQueueRule.Even, Monday, Monday.AddMinutes(1)));
        Assert.Equal(38, ReviewWeek.Allowance(75, ReviewQueueRule.Even, Monday, Monday.AddDays(3.5))); // 37.5
        Assert.Equal(75, ReviewWeek.Allowance(75, ReviewQueueRule.Even, Monday, Monday.AddDays(7)));
        Assert.Equal(75, ReviewWeek.Allowance(75, ReviewQueueRule.Even, Monday, Monday.AddDays(9)));
        Assert.Equal(14, ReviewWeek.Allowance(98, ReviewQueueRule.Even, Monday, Monday.AddDays(1))); // 14 exactly, not 15
    }

    [Fact]
    public void Immediate_pacing_releases_the_whole_target_at_once() =>
        Assert.Equal(75, ReviewWeek.Allowance(75, ReviewQueueRule.Immediate, Monday, Monday.AddMinutes(1)));
}
