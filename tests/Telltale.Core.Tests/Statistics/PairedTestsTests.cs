using Telltale.Core.Statistics;

namespace Telltale.Core.Tests.Statistics;

public class PairedTestsTests
{
    [Theory]
    // Hand-computed: P(X >= k) for X ~ Binomial(n, 1/2).
    [InlineData(5, 0, 1.0 / 32)]            // all 5 changed items regressed: 0.5^5
    [InlineData(4, 1, 6.0 / 32)]            // P(X >= 4 | n = 5) = (5 + 1) / 32
    [InlineData(8, 2, 56.0 / 1024)]         // P(X >= 8 | n = 10) = (45 + 10 + 1) / 1024
    [InlineData(0, 3, 1.0)]
    [InlineData(0, 0, 1.0)]
    public void McNemar_exact_one_sided_p_values(int regressions, int improvements, double expected) =>
        Assert.Equal(expected, McNemarTest.OneSidedWorse(regressions, improvements), 10);

    [Fact]
    public void Bootstrap_finds_a_consistent_drop_significant_and_no_change_not()
    {
        var before = Enumerable.Repeat(1.0, 100).ToList();
        var dropped = Enumerable.Range(0, 100).Select(i => i % 10 == 0 ? 0.0 : 1.0).ToList();

        var worse = PairedBootstrap.Run(before, dropped);
        var same = PairedBootstrap.Run(before, before);

        Assert.Equal(-0.1, worse.MeanDifference, 10);
        Assert.True(worse.PValueWorse < 0.001);
        Assert.True(worse.High95 < 0);
        Assert.Equal(1.0, same.PValueWorse);
    }

    [Fact]
    public void Bootstrap_does_not_call_noise_a_drop()
    {
        // Differences of ±0.1 in equal numbers around zero: no evidence of a drop.
        var before = Enumerable.Repeat(0.5, 60).ToList();
        var after = Enumerable.Range(0, 60).Select(i => i % 2 == 0 ? 0.6 : 0.4).ToList();
        var result = PairedBootstrap.Run(before, after);
        Assert.True(result.PValueWorse > 0.2, $"p = {result.PValueWorse}");
        Assert.True(result.Low95 < 0 && result.High95 > 0);
    }

    [Fact]
    public void Bootstrap_is_deterministic()
    {
        var before = Enumerable.Range(0, 50).Select(i => i % 3 / 2.0).ToList();
        var after = Enumerable.Range(0, 50).Select(i => (i + 1) % 3 / 2.0).ToList();
        Assert.Equal(PairedBootstrap.Run(before, after), PairedBootstrap.Run(before, after));
    }
}
