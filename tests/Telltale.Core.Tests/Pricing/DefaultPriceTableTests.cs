using System.Text.RegularExpressions;
using Telltale.Core.Pricing;

namespace Telltale.Core.Tests.Pricing;

public class DefaultPriceTableTests
{
    private static readonly DateTimeOffset Dec2025 = new(2025, 12, 1, 0, 0, 0, TimeSpan.Zero);

    private static PriceTable Table => PriceTable.Default;

    [Fact]
    public void The_embedded_table_loads_with_its_version()
    {
        Assert.Equal("2026-11-01", Table.Version);
        Assert.True(Table.Entries.Count >= 80, $"only {Table.Entries.Count} entries");
        Assert.Empty(Table.Overrides);
    }

    [Fact]
    public void Every_pattern_compiles_and_every_entry_has_positive_input_and_output_prices()
    {
        Assert.All(Table.Entries, e =>
        {
            _ = new Regex(e.Match, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            Assert.True(e.Input > 0, $"{e.Match} input");
            Assert.True(e.Output > 0, $"{e.Match} output");
            Assert.True(e.EffectiveTo is null || e.EffectiveTo > e.EffectiveFrom, $"{e.Match} period");
        });
    }

    [Fact]
    public void Every_major_provider_is_covered()
    {
        var providers = Table.Entries.Select(e => e.Provider).ToHashSet();
        Assert.Superset(new HashSet<string?> { "openai", "anthropic", "gcp.gemini", "mistral_ai", "cohere", "groq", "together_ai", "deepseek", "x_ai" }, providers);
    }

    [Fact]
    public void At_least_one_model_has_a_price_change()
    {
        Assert.Contains(Table.Entries.GroupBy(e => (e.Provider, e.Match)), g => g.Select(e => e.EffectiveFrom).Distinct().Count() > 1);
    }

    [Theory]
    [InlineData("openai", "gpt-4o-2024-11-20", "2.50")]
    [InlineData("openai", "gpt-4o-mini-2024-07-18", "0.15")]
    [InlineData("openai", "GPT-4.1-2025-04-14", "2.00")]
    [InlineData("openai", "gpt-4.1-nano", "0.10")]
    [InlineData("openai", "o4-mini-2025-04-16", "1.10")]
    [InlineData("openai", "gpt-5-2025-08-07", "1.25")]
    [InlineData("openai", "gpt-5-mini", "0.25")]
    [InlineData("openai", "text-embedding-3-small", "0.02")]
    [InlineData("anthropic", "claude-sonnet-4-20250514", "3.00")]
    [InlineData("anthropic", "claude-3-5-sonnet-20241022", "3.00")]
    [InlineData("anthropic", "claude-3-5-haiku-latest", "0.80")]
    [InlineData("anthropic", "claude-opus-4-1-20250805", "15.00")]
    [InlineData("anthropic", "claude-haiku-4-5-20251001", "1.00")]
    [InlineData("gcp.gemini", "gemini-1.5-pro-002", "1.25")]
    [InlineData("gcp.gemini", "gemini-2.0-flash-001", "0.10")]
    [InlineData("gcp.gemini", "gemini-2.5-flash-preview-05-20", "0.30")]
    [InlineData("gcp.gemini", "gemini-2.5-flash-lite", "0.10")]
    [InlineData("mistral_ai", "mistral-large-2411", "2.00")]
    [InlineData("cohere", "command-r-08-2024", "0.15")]
    [InlineData("groq", "llama-3.3-70b-versatile", "0.59")]
    [InlineData("deepseek", "deepseek-chat", "0.28")]
    [InlineData("x_ai", "grok-4-0709", "3.00")]
    public void Dated_snapshots_and_aliases_match_their_family(string provider, string model, string input)
    {
        var price = Table.Find(provider, model, Dec2025);

        Assert.NotNull(price);
        Assert.Equal(decimal.Parse(input, System.Globalization.CultureInfo.InvariantCulture), price.Input);
    }

    [Theory]
    [InlineData("gpt-4o-mini", "0.15")]
    [InlineData("gpt-4.1-mini", "0.40")]
    [InlineData("o3-mini", "1.10")]
    [InlineData("claude-sonnet-4-5", "3.00")]
    public void Patterns_are_anchored_so_a_family_never_prices_its_longer_sibling(string model, string input)
    {
        Assert.Equal(decimal.Parse(input, System.Globalization.CultureInfo.InvariantCulture), Table.Find("openai", model, Dec2025)?.Input
            ?? Table.Find("anthropic", model, Dec2025)?.Input);
    }

    [Theory]
    [InlineData("my-gpt-4o")]
    [InlineData("gpt-4o-audio-preview")]
    [InlineData("totally-unknown-model")]
    [InlineData("")]
    public void Unknown_models_have_no_price(string model)
    {
        Assert.Null(Table.Find("openai", model, Dec2025));
        Assert.Null(Table.Find(null, model, Dec2025));
    }

    [Theory]
    [InlineData("2024-09-01T00:00:00Z", "5.00")]
    [InlineData("2024-10-01T23:59:59Z", "5.00")]
    [InlineData("2024-10-02T00:00:00Z", "2.50")]
    [InlineData("2024-10-01T22:00:00-05:00", "2.50")] // 03:00 UTC on the 2nd: days are UTC days
    [InlineData("2026-06-01T00:00:00Z", "2.50")]
    public void Gpt_4o_alias_is_priced_by_the_entry_effective_that_utc_day(string at, string input)
    {
        var price = Table.Find("openai", "gpt-4o", DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(decimal.Parse(input, System.Globalization.CultureInfo.InvariantCulture), price?.Input);
    }

    [Fact]
    public void O3_price_cut_applies_from_its_effective_date_and_nothing_prices_it_before_launch()
    {
        var day = new DateTimeOffset(2025, 6, 9, 12, 0, 0, TimeSpan.Zero);

        Assert.Null(Table.Find("openai", "o3", new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal(40.00m, Table.Find("openai", "o3", day)?.Output);
        Assert.Equal(8.00m, Table.Find("openai", "o3", day.AddDays(1))?.Output);
        Assert.Equal(40.00m, Table.Find("openai", "o3-2025-04-16", day)?.Output);
    }

    [Fact]
    public void A_specific_snapshot_entry_beats_the_family_pattern()
    {
        // The family pattern also matches gpt-4o-2024-05-13, but that snapshot kept its launch price.
        Assert.Equal(5.00m, Table.Find("openai", "gpt-4o-2024-05-13", Dec2025)?.Input);
        Assert.Equal(2.50m, Table.Find("openai", "gpt-4o-2024-08-06", new DateTimeOffset(2024, 9, 1, 0, 0, 0, TimeSpan.Zero))?.Input);
    }

    [Fact]
    public void A_model_served_by_another_provider_or_none_falls_back_to_the_vendor_price()
    {
        Assert.Equal(2.50m, Table.Find("azure.ai.openai", "gpt-4o", Dec2025)?.Input);
        Assert.Equal(2.50m, Table.Find(null, "gpt-4o", Dec2025)?.Input);
    }

    [Theory]
    [InlineData("openai/gpt-4o", "2.50")]
    [InlineData("models/gemini-2.0-flash-001", "0.10")]
    [InlineData("us.anthropic.claude-sonnet-4-20250514-v1:0", "3.00")]
    [InlineData("anthropic.claude-3-haiku-20240307-v1:0", "0.25")]
    [InlineData("claude-3-5-sonnet-v2@20241022", "3.00")]
    [InlineData("meta.llama3-3-70b-instruct-v1:0", "0.72")]
    public void Host_and_gateway_spellings_resolve_to_the_vendor_model(string model, string input)
    {
        Assert.Equal(decimal.Parse(input, System.Globalization.CultureInfo.InvariantCulture), Table.Find(null, model, Dec2025)?.Input);
    }

    [Fact]
    public void The_table_round_trips_through_its_json_form()
    {
        var copy = PriceTable.Parse(Table.ToJson());

        Assert.Equal(Table.Version, copy.Version);
        Assert.Equal(Table.Entries, copy.Entries);
    }
}
