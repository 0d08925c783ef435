namespace Telltale.Core.Pricing;

/// <summary>The JSON shape of a whole price table: <c>{"version": "2026-11-01", "prices": [ ... ]}</c>.</summary>
internal sealed record PriceTableDocument
{
    public required string Version { get; init; }

    public required List<ModelPrice> Prices { get; init; }
}
