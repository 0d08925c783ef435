namespace Telltale.Core.Pricing;

/// <summary>
/// The list price of one model (or family of model names) over a period, in USD per one million tokens.
/// The same shape is used for the shipped table and for per-project overrides sent through the API, so the JSON
/// field names (camelCase of these properties) are part of the public contract.
/// </summary>
public sealed record ModelPrice
{
    /// <summary>The provider this price applies to (OpenTelemetry <c>gen_ai.provider.name</c> values such as
    /// <c>openai</c>, <c>anthropic</c>, <c>groq</c>). Null applies to any provider; a provider-specific entry is
    /// preferred when the span names the same provider, because hosts price the same open model differently.</summary>
    public string? Provider { get; init; }

    /// <summary>A regular expression on the model name. It is always matched anchored at both ends and
    /// case-insensitively, so <c>gpt-4o</c> never prices <c>gpt-4o-mini</c> by accident.</summary>
    public required string Match { get; init; }

    /// <summary>First UTC day (inclusive) on which the price applies. Defaults to the beginning of time so an
    /// override need not name a date.</summary>
    public DateOnly EffectiveFrom { get; init; } = DateOnly.MinValue;

    /// <summary>First UTC day on which the price no longer applies (exclusive); null while it is current.</summary>
    public DateOnly? EffectiveTo { get; init; }

    /// <summary>USD per 1M input tokens that were neither read from nor written to a prompt cache.</summary>
    public required decimal Input { get; init; }

    /// <summary>USD per 1M output tokens that are not reasoning tokens.</summary>
    public required decimal Output { get; init; }

    /// <summary>USD per 1M input tokens read from a prompt cache; null charges them at <see cref="Input"/>.</summary>
    public decimal? CacheRead { get; init; }

    /// <summary>USD per 1M input tokens written to a prompt cache; null charges them at <see cref="Input"/>.</summary>
    public decimal? CacheWrite { get; init; }

    /// <summary>USD per 1M reasoning tokens; null charges them at <see cref="Output"/>, which is how every major
    /// provider bills them today.</summary>
    public decimal? Reasoning { get; init; }

    /// <summary>Free text: the source of the figure, tiers not modelled, or doubt about it.</summary>
    public string? Note { get; init; }
}
