using Telltale.Core.Model;
using Telltale.Core.Pricing;

namespace Telltale.Core.Tests.Pricing;

// Every expected figure is worked out by hand in the comment beside it (prices are USD per 1M tokens).
public class CostCalculatorTests
{
    private static readonly DateTimeOffset Dec2025 = new(2025, 12, 1, 0, 0, 0, TimeSpan.Zero);

    private static ModelPrice Price(string provider, string model) =>
        PriceTable.Default.Find(provider, model, Dec2025) ?? throw new InvalidOperationException($"{model} is not priced");

    [Fact]
    public void Gpt_4o_plain_input_and_output()
    {
        // 1,000 × $2.50 + 500 × $10 = 2,500 + 5,000 = 7,500 µ$ = $0.0075
        var cost = CostCalculator.Compute(Price("openai", "gpt-4o"), new TokenUsage { Input = 1_000, Output = 500 });

        Assert.Equal(0.0075m, cost);
    }

    [Fact]
    public void Gpt_4o_cache_reads_are_a_subset_of_input_billed_at_the_cached_rate()
    {
        // (10,000 − 4,000) × $2.50 + 4,000 × $1.25 + 200 × $10 = 15,000 + 5,000 + 2,000 = 22,000 µ$ = $0.022
        var usage = new TokenUsage { Input = 10_000, CacheRead = 4_000, Output = 200 };

        Assert.Equal(0.022m, CostCalculator.Compute(Price("openai", "gpt-4o"), usage));
    }

    [Fact]
    public void Gpt_4o_mini_half_cached_million_token_prompt()
    {
        // 500,000 × $0.15 + 500,000 × $0.075 + 100,000 × $0.60 = 75,000 + 37,500 + 60,000 µ$ = $0.1725
        var usage = new TokenUsage { Input = 1_000_000, CacheRead = 500_000, Output = 100_000 };

        Assert.Equal(0.1725m, CostCalculator.Compute(Price("openai", "gpt-4o-mini"), usage));
    }

    [Fact]
    public void Claude_sonnet_4_bills_cache_reads_and_cache_writes_at_their_own_rates()
    {
        // (10,000 − 6,000 − 2,000) × $3 + 6,000 × $0.30 + 2,000 × $3.75 + 1,000 × $15
        //   = 6,000 + 1,800 + 7,500 + 15,000 = 30,300 µ$ = $0.0303
        var usage = new TokenUsage { Input = 10_000, CacheRead = 6_000, CacheWrite = 2_000, Output = 1_000 };

        Assert.Equal(0.0303m, CostCalculator.Compute(Price("anthropic", "claude-sonnet-4-20250514"), usage));
    }

    [Fact]
    public void O3_reasoning_tokens_are_part_of_output_and_default_to_the_output_price()
    {
        // (2,000 − 1,000) × $2 + 1,000 × $0.50 + (3,000 − 2,500) × $8 + 2,500 × $8 = 2,000 + 500 + 4,000 + 20,000 = 26,500 µ$
        var usage = new TokenUsage { Input = 2_000, CacheRead = 1_000, Output = 3_000, Reasoning = 2_500 };

        Assert.Equal(0.0265m, CostCalculator.Compute(Price("openai", "o3"), usage));
    }

    [Fact]
    public void Reasoning_tokens_use_their_own_price_when_one_is_given()
    {
        var price = new ModelPrice { Match = "m", Input = 1m, Output = 2m, Reasoning = 5m };
        // 1,000,000 × $1 + 600,000 × $2 + 400,000 × $5 = $1 + $1.20 + $2 = $4.20
        var usage = new TokenUsage { Input = 1_000_000, Output = 1_000_000, Reasoning = 400_000 };

        Assert.Equal(4.2m, CostCalculator.Compute(price, usage));
    }

    [Fact]
    public void Cache_reads_and_writes_fall_back_to_the_input_price()
    {
        var price = new ModelPrice { Match = "m", Input = 3m, Output = 15m };
        // 1,000 input tokens, however split between cache and not, × $3 = $0.003
        var usage = new TokenUsage { Input = 1_000, CacheRead = 300, CacheWrite = 200 };

        Assert.Equal(0.003m, CostCalculator.Compute(price, usage));
    }

    [Fact]
    public void Subsets_larger_than_their_totals_never_make_a_part_negative()
    {
        var price = new ModelPrice { Match = "m", Input = 1m, Output = 2m, CacheRead = 0.5m };
        // uncached input max(0, 100 − 150) = 0; 150 × $0.50 = 75; plain output max(0, 10 − 20) = 0; 20 × $2 = 40 → 115 µ$
        var usage = new TokenUsage { Input = 100, CacheRead = 150, Output = 10, Reasoning = 20 };

        Assert.Equal(0.000115m, CostCalculator.Compute(price, usage));
    }

    [Fact]
    public void Empty_usage_costs_nothing()
    {
        Assert.Equal(0m, CostCalculator.Compute(Price("openai", "gpt-4o"), TokenUsage.None));
    }
}
