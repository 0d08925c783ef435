using Telltale.Core.Pricing;

namespace Telltale.Core.Tests.Pricing;

public class PriceTableTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly PriceTable Llama = new("test",
    [
        new ModelPrice { Match = @"llama-3\.3-70b", Input = 1.00m, Output = 1.00m },
        new ModelPrice { Provider = "groq", Match = @"llama-3\.3-70b", Input = 0.50m, Output = 0.80m },
        new ModelPrice { Provider = "together_ai", Match = @"llama-3\.3-70b", Input = 0.90m, Output = 0.90m },
    ]);

    [Theory]
    [InlineData("groq", "0.50")]
    [InlineData("GROQ", "0.50")]
    [InlineData("together_ai", "0.90")]
    [InlineData("fireworks", "1.00")]
    [InlineData(null, "1.00")]
    public void A_provider_specific_entry_beats_a_provider_less_one(string? provider, string input)
    {
        Assert.Equal(decimal.Parse(input, System.Globalization.CultureInfo.InvariantCulture), Llama.Find(provider, "llama-3.3-70b", Now)?.Input);
    }

    [Fact]
    public void The_most_recent_effective_entry_wins_when_periods_overlap()
    {
        var table = new PriceTable("test",
        [
            new ModelPrice { Match = "m", EffectiveFrom = new DateOnly(2025, 1, 1), Input = 1m, Output = 1m },
            new ModelPrice { Match = "m", EffectiveFrom = new DateOnly(2026, 1, 1), Input = 2m, Output = 2m },
        ]);

        Assert.Equal(1m, table.Find(null, "m", new DateTimeOffset(2025, 12, 31, 23, 0, 0, TimeSpan.Zero))?.Input);
        Assert.Equal(2m, table.Find(null, "m", Now)?.Input);
    }

    [Fact]
    public void Overrides_win_over_defaults_even_provider_specific_ones_and_leave_the_base_table_alone()
    {
        var table = PriceTable.Default.WithOverrides([new ModelPrice { Match = "gpt-4o", Input = 1m, Output = 2m, Note = "negotiated" }]);

        Assert.Equal(1m, table.Find("openai", "gpt-4o", Now)?.Input);
        Assert.Equal(0.15m, table.Find("openai", "gpt-4o-mini", Now)?.Input);
        Assert.Equal(2.50m, PriceTable.Default.Find("openai", "gpt-4o", Now)?.Input);
        Assert.Equal(PriceTable.Default.Version, table.Version);
        Assert.Single(table.Overrides);
    }

    [Fact]
    public void An_override_outside_its_effective_period_leaves_the_default_in_force()
    {
        var table = PriceTable.Default.WithOverrides(
            [new ModelPrice { Provider = "openai", Match = "gpt-4o", EffectiveFrom = new DateOnly(2026, 1, 1), Input = 1m, Output = 2m }]);

        Assert.Equal(2.50m, table.Find("openai", "gpt-4o", new DateTimeOffset(2025, 12, 31, 0, 0, 0, TimeSpan.Zero))?.Input);
        Assert.Equal(1m, table.Find("openai", "gpt-4o", Now)?.Input);
    }

    [Fact]
    public void Overrides_can_price_models_the_defaults_do_not_know()
    {
        var table = PriceTable.Default.WithOverrides([new ModelPrice { Match = "acme-internal-.*", Input = 0.01m, Output = 0.02m }]);

        Assert.Equal(0.01m, table.Find(null, "acme-internal-7b", Now)?.Input);
        Assert.Null(PriceTable.Default.Find(null, "acme-internal-7b", Now));
    }

    [Fact]
    public void Repeated_lookups_are_served_from_the_cache_with_the_same_answer()
    {
        var first = Llama.Find("groq", "llama-3.3-70b", Now);

        Assert.Same(first, Llama.Find("groq", "llama-3.3-70b", Now.AddHours(5)));
        Assert.Null(Llama.Find("groq", "nope", Now));
        Assert.Null(Llama.Find("groq", "nope", Now));
    }

    [Fact]
    public void Concurrent_lookups_agree()
    {
        var results = new decimal?[256];
        Parallel.For(0, results.Length, i =>
            results[i] = PriceTable.Default.Find("openai", i % 2 == 0 ? "gpt-4o" : "gpt-4o-2024-11-20", Now.AddDays(i % 7))?.Input);

        Assert.All(results, r => Assert.Equal(2.50m, r));
    }

    [Fact]
    public void An_invalid_entry_is_rejected_when_the_table_is_built()
    {
        Assert.Throws<PriceTableException>(() => new PriceTable("t", [new ModelPrice { Match = "gpt-(4o", Input = 1m, Output = 1m }]));
        Assert.Throws<PriceTableException>(() => new PriceTable("t", [new ModelPrice { Match = "m", Input = -1m, Output = 1m }]));
        Assert.Throws<PriceTableException>(() => new PriceTable("t", [new ModelPrice { Match = " ", Input = 1m, Output = 1m }]));
        Assert.Throws<PriceTableException>(() => PriceTable.Default.WithOverrides([new ModelPrice
        {
            Match = "m", Input = 1m, Output = 1m, EffectiveFrom = new DateOnly(2026, 1, 1), EffectiveTo = new DateOnly(2026, 1, 1),
        }]));
    }
}
