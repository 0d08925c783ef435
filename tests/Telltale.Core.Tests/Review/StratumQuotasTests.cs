using Telltale.Core.Review.Sampling;

namespace Telltale.Core.Tests.Review;

public sealed class StratumQuotasTests
{
    [Fact]
    public void Quotas_are_proportional_to_traffic_by_largest_remainder()
    {
        // 75 over 600 / 300 / 100: exactly 45, 22.5 and 7.5; the two halves go to the larger remainders (ties: larger stratum first).
        var quotas = StratumQuotas.Allocate(new Dictionary<string, int> { ["billing"] = 600, ["shipping"] = 300, ["untagged"] = 100 }, 75, atLeastOneEach: true);

        Assert.Equal(45, quotas["billing"]);
        Assert.Equal(23, quotas["shipping"]);
        Assert.Equal(7, quotas["untagged"]);
    }

    [Fact]
    public void A_rare_stratum_still_gets_one_and_the_others_pay_for_it()
    {
        var quotas = StratumQuotas.Allocate(new Dictionary<string, int> { ["faq"] = 995, ["disputes"] = 5 }, 10, atLeastOneEach: true);

        Assert.Equal(1, quotas["disputes"]); // 0.05 exactly, raised to one
        Assert.Equal(9, quotas["faq"]);
    }

    [Fact]
    public void With_fewer_items_than_strata_the_largest_strata_get_one_each()
    {
        var quotas = StratumQuotas.Allocate(new Dictionary<string, int> { ["a"] = 5, ["b"] = 50, ["c"] = 20, ["d"] = 20 }, 2, atLeastOneEach: true);

        Assert.Equal(new Dictionary<string, int> { ["a"] = 0, ["b"] = 1, ["c"] = 1, ["d"] = 0 }, quotas);
    }

    [Fact]
    public void A_total_above_the_traffic_takes_everything_and_no_stratum_gets_more_than_it_has()
    {
        var sizes = new Dictionary<string, int> { ["a"] = 3, ["b"] = 1 };

        Assert.Equal(sizes, StratumQuotas.Allocate(sizes, 75, atLeastOneEach: true));
        Assert.Empty(StratumQuotas.Allocate(new Dictionary<string, int>(), 75, atLeastOneEach: true));
        Assert.All(StratumQuotas.Allocate(sizes, 0, atLeastOneEach: true).Values, q => Assert.Equal(0, q));
    }

    [Fact]
    public void A_small_stratum_capped_at_its_size_passes_the_rest_to_the_others()
    {
        // Everyone gets one first; "tiny" cannot take a second, so what it would have had goes elsewhere.
        var quotas = StratumQuotas.Allocate(new Dictionary<string, int> { ["tiny"] = 1, ["big"] = 10, ["mid"] = 4 }, 12, atLeastOneEach: true);

        Assert.Equal(12, quotas.Values.Sum());
        Assert.Equal(1, quotas["tiny"]);
        Assert.True(quotas["big"] <= 10 && quotas["mid"] <= 4);
    }

    /// <summary>Every combination of up to five strata of sizes 1..9 and every total: the sum, the caps and the floor hold.</summary>
    [Fact]
    public void Quotas_sum_to_the_total_within_the_caps_with_one_per_stratum_for_every_small_case()
    {
        var random = new Random(7);
        for (var round = 0; round < 400; round++)
        {
            var sizes = Enumerable.Range(0, random.Next(1, 6)).ToDictionary(i => $"s{i}", _ => random.Next(1, 10));
            var available = sizes.Values.Sum();
            for (var total = 0; total <= available + 3; total++)
            {
                foreach (var atLeastOne in new[] { true, false })
                {
                    var quotas = StratumQuotas.Allocate(sizes, total, atLeastOne);
                    Assert.Equal(Math.Min(total, available), quotas.Values.Sum());
                    Assert.All(sizes, s => Assert.InRange(quotas[s.Key], 0, s.Value));
                    if (atLeastOne && total >= sizes.Count) Assert.All(quotas.Values, q => Assert.True(q >= 1));
                    // Hamilton's method: without guaranteed ones, every quota is its exact share rounded down or up.
                    if (!atLeastOne)
                        Assert.All(sizes, s => Assert.InRange(quotas[s.Key],
                            Math.Floor((double)Math.Min(total, available) * s.Value / available), Math.Ceiling((double)Math.Min(total, available) * s.Value / available)));
                }
            }
        }
    }

    [Fact]
    public void The_same_sizes_in_another_order_give_the_same_quotas()
    {
        var forward = new Dictionary<string, int> { ["a"] = 10, ["b"] = 10, ["c"] = 10 };
        var backward = new Dictionary<string, int> { ["c"] = 10, ["b"] = 10, ["a"] = 10 };

        Assert.Equal(StratumQuotas.Allocate(forward, 7, true), StratumQuotas.Allocate(backward, 7, true));
    }
}
