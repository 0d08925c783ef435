using Telltale.Web.Services;

namespace Telltale.Web.Tests.Services;

public sealed class RangeSelectionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_preset_resolves_relative_to_now_and_an_unknown_one_falls_back_to_24_hours()
    {
        Assert.Equal(Now.AddDays(-7), RangeSelection.Parse("7d", null, null).Resolve(Now).From);
        Assert.Equal("24h", RangeSelection.Parse("2y", null, null).Preset);
    }

    [Fact]
    public void A_custom_range_round_trips_through_the_url()
    {
        var custom = RangeSelection.Parse(null, "2026-11-20T08:00:00Z", "2026-11-21T08:00:00Z");
        Assert.Equal(RangeSelection.Custom, custom.Preset);
        var query = custom.ToQuery();
        Assert.Null(query["range"]);
        var again = RangeSelection.Parse(null, (string?)query["from"], (string?)query["to"]);
        Assert.Equal(custom.Resolve(Now), again.Resolve(Now));
        Assert.Equal(TimeSpan.FromDays(1), again.Resolve(Now).To - again.Resolve(Now).From);
    }

    [Fact]
    public void A_custom_range_ending_before_it_starts_is_ignored()
    {
        Assert.Equal("24h", RangeSelection.Parse(null, "2026-11-21T08:00:00Z", "2026-11-20T08:00:00Z").Preset);
    }
}
