using Telltale.Web.Services;

namespace Telltale.Web.Tests.Services;

public sealed class FmtTests
{
    [Theory]
    [InlineData(null, "–")]
    [InlineData(250.4, "250 ms")]
    [InlineData(1234.0, "1.23 s")]
    [InlineData(45_000.0, "45.0 s")]
    public void Durations(double? ms, string expected) => Assert.Equal(expected, Fmt.Ms(ms));

    [Fact]
    public void Money_keeps_small_amounts_readable()
    {
        Assert.Equal("$0.0012", Fmt.Money(0.0012m));
        Assert.Equal("$12.50", Fmt.Money(12.5m));
        Assert.Equal("$1,235", Fmt.Money(1234.56m));
    }

    [Fact]
    public void The_cost_trend_compares_with_the_seven_day_average()
    {
        Assert.Equal("+20% vs 7-day avg", Fmt.Trend(12m, 10m));
        Assert.Equal("−50% vs 7-day avg", Fmt.Trend(5m, 10m));
        Assert.Equal("no baseline", Fmt.Trend(5m, 0m));
    }
}
