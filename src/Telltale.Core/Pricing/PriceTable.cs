using System.Collections.Concurrent;

namespace Telltale.Core.Pricing;

/// <summary>
/// Model prices with effective dates, and the lookup the ingest path uses to price every span.
/// Immutable and thread-safe: per-project overrides produce a new table (<see cref="WithOverrides"/>) that shares
/// the parsed defaults with this one.
/// </summary>
public sealed class PriceTable
{
    private const string DefaultResourceName = "Telltale.Core.Pricing.default-prices.json";

    // Model names come from untrusted telemetry, so the cache is bounded; when full it is simply cleared, which is
    // cheap and self-healing (the working set of real model names is small).
    private const int MaxCachedLookups = 10_000;

    private static readonly Lazy<PriceTable> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    // Already ranked by tier, specificity, effective date and position, so the first acceptable entry of the best
    // provider rank is the answer.
    private readonly PriceEntry[] _entries;
    private readonly PriceEntry[] _defaults;
    private readonly ConcurrentDictionary<LookupKey, ModelPrice?> _cache = new();
    private int _cachedCount;

    /// <summary>Builds a table from entries, validating every one.</summary>
    /// <exception cref="PriceTableException">An entry is invalid.</exception>
    public PriceTable(string version, IEnumerable<ModelPrice> entries)
        : this(version, entries.Select((p, i) => PriceEntry.Create(p, tier: 1, order: i)).ToArray(), [])
    {
    }

    private PriceTable(string version, PriceEntry[] defaults, PriceEntry[] overrides)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        Version = version;
        _defaults = defaults;
        _entries = [.. overrides.Concat(defaults)
            .OrderBy(e => e.Tier)
            .ThenByDescending(e => e.Specificity)
            .ThenByDescending(e => e.Price.EffectiveFrom)
            .ThenBy(e => e.Order)];
        Entries = [.. defaults.Select(e => e.Price)];
        Overrides = [.. overrides.Select(e => e.Price)];
    }

    /// <summary>The shipped table, loaded once from the embedded <c>default-prices.json</c>.</summary>
    public static PriceTable Default => LazyDefault.Value;

    /// <summary>Version of the default prices (the shipped file's <c>version</c>, a date), recorded so a cost can be
    /// traced back to the table that produced it. Overrides do not change it.</summary>
    public string Version { get; }

    /// <summary>The default entries, in their original order.</summary>
    public IReadOnlyList<ModelPrice> Entries { get; }

    /// <summary>The overrides applied on top of <see cref="Entries"/>, in their original order.</summary>
    public IReadOnlyList<ModelPrice> Overrides { get; }

    /// <summary>Parses a table document: <c>{"version": "…", "prices": [ … ]}</c>.</summary>
    /// <exception cref="PriceTableException">The JSON is malformed or an entry is invalid.</exception>
    public static PriceTable Parse(string json)
    {
        var document = PriceJson.ParseDocument(json);
        // The serializer enforces presence, not non-null values, so "version": null must be caught here.
        if (string.IsNullOrWhiteSpace(document.Version) || document.Prices is null)
            throw new PriceTableException("A price table needs a non-empty 'version' and a 'prices' array.");
        return new PriceTable(document.Version, document.Prices);
    }

    /// <summary>Writes the default entries as a table document in the shipped file's format.</summary>
    public string ToJson() => PriceJson.SerializeDocument(new PriceTableDocument { Version = Version, Prices = [.. Entries] });

    /// <summary>A new table in which <paramref name="overrides"/> (a project's own prices) win over every default
    /// entry that matches the same model; defaults still price everything the overrides do not cover.
    /// Replaces any overrides this table already had.</summary>
    /// <exception cref="PriceTableException">An override is invalid.</exception>
    public PriceTable WithOverrides(IEnumerable<ModelPrice> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var parsed = overrides.Select((p, i) => PriceEntry.Create(p, tier: 0, order: i)).ToArray();
        return new PriceTable(Version, _defaults, parsed);
    }

    /// <summary>
    /// The price of <paramref name="model"/> on the UTC day of <paramref name="at"/>, or null when no entry covers it.
    /// Among entries valid that day whose pattern matches: overrides beat defaults; then an entry for the span's own
    /// provider beats a provider-less one, which beats one for another provider (the same model name served by a
    /// host we have no entry for is still best priced at its vendor's list price); then the most specific pattern
    /// (most literal characters); then the latest <c>effectiveFrom</c>. When the span names no provider, a
    /// provider-less entry beats a provider-specific one. A name that matches nothing is retried in its vendor spelling
    /// (<c>openai/gpt-4o</c> → <c>gpt-4o</c>, Bedrock and Vertex ids). Results are cached per (provider, model,
    /// day), so repeated calls allocate nothing.
    /// </summary>
    public ModelPrice? Find(string? provider, string model, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(model);
        var day = DateOnly.FromDateTime(at.UtcDateTime);
        var key = new LookupKey(provider, model, day.DayNumber);
        if (_cache.TryGetValue(key, out var cached))
            return cached;

        var found = Resolve(provider, model, day);
        if (found is null && ModelNameNormalizer.Normalize(model) is { } normalized)
            found = Resolve(provider, normalized, day);

        if (Interlocked.Increment(ref _cachedCount) > MaxCachedLookups)
        {
            _cache.Clear();
            Interlocked.Exchange(ref _cachedCount, 1);
        }
        _cache.TryAdd(key, found);
        return found;
    }

    private ModelPrice? Resolve(string? provider, string model, DateOnly day)
    {
        PriceEntry? best = null;
        var bestProviderRank = int.MaxValue;
        foreach (var entry in _entries)
        {
            // Entries are ranked with tier first, so once we hold a match from a better tier nothing later can win.
            if (best is not null && entry.Tier > best.Tier)
                break;
            var providerRank = ProviderRank(provider, entry.Price.Provider);
            if (providerRank >= bestProviderRank || !entry.IsValidOn(day) || !entry.Matches(model))
                continue;
            best = entry;
            bestProviderRank = providerRank;
            if (providerRank == 0)
                break;
        }
        return best?.Price;
    }

    private static int ProviderRank(string? wanted, string? entryProvider)
    {
        // A span that names no provider is best priced by a provider-less (generic) entry when there is one.
        if (string.IsNullOrEmpty(wanted))
            return string.IsNullOrEmpty(entryProvider) ? 0 : 1;
        if (string.IsNullOrEmpty(entryProvider))
            return 1;
        return string.Equals(wanted, entryProvider, StringComparison.OrdinalIgnoreCase) ? 0 : 2;
    }

    private static PriceTable LoadDefault()
    {
        using var stream = typeof(PriceTable).Assembly.GetManifestResourceStream(DefaultResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {DefaultResourceName} is missing from {typeof(PriceTable).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
