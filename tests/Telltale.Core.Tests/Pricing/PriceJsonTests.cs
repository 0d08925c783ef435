using Telltale.Core.Pricing;

namespace Telltale.Core.Tests.Pricing;

public class PriceJsonTests
{
    [Fact]
    public void Entries_parse_with_the_shipped_field_names()
    {
        var entries = PriceJson.ParseEntries("""
            [{ "provider": "openai", "match": "gpt-4o", "effectiveFrom": "2026-01-01", "effectiveTo": "2026-07-01",
               "input": 2.5, "output": 10, "cacheRead": 1.25, "cacheWrite": 3.125, "reasoning": 12, "note": "contract" }]
            """);

        var e = Assert.Single(entries);
        Assert.Equal(new ModelPrice
        {
            Provider = "openai", Match = "gpt-4o", EffectiveFrom = new DateOnly(2026, 1, 1), EffectiveTo = new DateOnly(2026, 7, 1),
            Input = 2.5m, Output = 10m, CacheRead = 1.25m, CacheWrite = 3.125m, Reasoning = 12m, Note = "contract",
        }, e);
    }

    [Fact]
    public void Optional_fields_may_be_left_out()
    {
        var e = Assert.Single(PriceJson.ParseEntries("""[{ "match": "acme-.*", "input": 1, "output": 2 }]"""));

        Assert.Null(e.Provider);
        Assert.Equal(DateOnly.MinValue, e.EffectiveFrom);
        Assert.Null(e.EffectiveTo);
        Assert.Null(e.CacheRead);
        Assert.Null(e.Reasoning);
    }

    [Fact]
    public void A_whole_table_document_is_accepted_as_a_list_of_entries()
    {
        var entries = PriceJson.ParseEntries("""{ "version": "x", "prices": [{ "match": "a", "input": 1, "output": 2 }] }""");

        Assert.Equal("a", Assert.Single(entries).Match);
    }

    [Fact]
    public void Entries_round_trip_through_json()
    {
        ModelPrice[] entries =
        [
            new() { Provider = "anthropic", Match = @"claude-x(-\d{8})?", EffectiveFrom = new DateOnly(2026, 2, 3), Input = 3m, Output = 15m, CacheRead = 0.3m, CacheWrite = 3.75m },
            new() { Match = "m", Input = 0.0375m, Output = 0.15m, Note = "n" },
        ];

        var json = PriceJson.SerializeEntries(entries);

        Assert.Equal(entries, PriceJson.ParseEntries(json));
        Assert.Contains("\"cacheWrite\": 3.75", json);
        Assert.DoesNotContain("\"reasoning\"", json);
    }

    [Theory]
    [InlineData("""[{ "match": "m", "input": 1, "output": 2, "cache_read": 0.5 }]""")] // unknown field: a typo must not pass silently
    [InlineData("""[{ "match": "m", "input": 1 }]""")] // output missing
    [InlineData("""[{ "input": 1, "output": 2 }]""")] // match missing
    [InlineData("""[{ "match": "(", "input": 1, "output": 2 }]""")] // pattern does not compile
    [InlineData("""[{ "match": "m", "input": 1, "output": 2, "effectiveFrom": "yesterday" }]""")]
    [InlineData("""not json""")]
    [InlineData("""null""")]
    [InlineData("""[null]""")]
    public void Invalid_entries_are_rejected_with_a_price_table_exception(string json)
    {
        Assert.Throws<PriceTableException>(() => PriceJson.ParseEntries(json));
    }

    [Theory]
    [InlineData("""{ "version": null, "prices": [] }""")]
    [InlineData("""{ "version": "v", "prices": null }""")]
    [InlineData("""{ "prices": [] }""")]
    public void A_table_without_a_version_or_prices_is_rejected(string json)
    {
        Assert.Throws<PriceTableException>(() => PriceTable.Parse(json));
    }
}
