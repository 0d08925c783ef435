using Telltale.Core.Review.Sampling;

namespace Telltale.Core.Tests.Review;

public sealed class StableHashTests
{
    [Fact]
    public void The_hash_is_fixed_across_processes_and_depends_on_the_seed()
    {
        Assert.Equal(StableHash.Of("4bf92f3577b34da6a3ce929d0e0e4736", 7), StableHash.Of("4bf92f3577b34da6a3ce929d0e0e4736", 7));
        Assert.NotEqual(StableHash.Of("trace", 1), StableHash.Of("trace", 2));
    }

    [Fact]
    public void Unit_interval_values_are_inside_zero_and_one_and_spread_evenly()
    {
        var values = Enumerable.Range(0, 10_000).Select(i => StableHash.UnitInterval($"trace-{i}", 3)).ToList();

        Assert.All(values, v => Assert.True(v is > 0 and < 1));
        Assert.InRange(values.Average(), 0.49, 0.51);
        // Ten equal bins each within 10 % of a thousand.
        Assert.All(values.GroupBy(v => (int)(v * 10)), bin => Assert.InRange(bin.Count(), 900, 1100));
    }
}
