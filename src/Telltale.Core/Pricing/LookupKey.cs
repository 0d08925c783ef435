namespace Telltale.Core.Pricing;

/// <summary>Cache key of <see cref="PriceTable.Find"/>. A struct so a cache hit allocates nothing; the day
/// (not the instant) is part of it because prices change at day granularity.</summary>
internal readonly record struct LookupKey(string? Provider, string Model, int DayNumber);
