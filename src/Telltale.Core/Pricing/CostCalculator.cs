using Telltale.Core.Model;

namespace Telltale.Core.Pricing;

/// <summary>
/// Turns token counts into USD.
/// Convention (OpenTelemetry GenAI semantic conventions, which <see cref="TokenUsage"/> follows): <c>Input</c>
/// includes cached tokens, so cache reads and cache writes are subsets of it; <c>Output</c> includes reasoning
/// tokens, so reasoning is a subset of it. Each subset is billed once at its own rate and the remainder at the
/// base rate. Emitters that report the subsets on top (Anthropic's raw <c>input_tokens</c> excludes cache tokens)
/// must be normalized to this convention before pricing, or cached input would be under-billed.
/// </summary>
public static class CostCalculator
{
    private const decimal TokensPerPriceUnit = 1_000_000m;

    /// <summary>Cost in USD of <paramref name="usage"/> at <paramref name="price"/>. Missing counts are zero;
    /// subsets larger than their total are clamped so no part is ever negative. Not rounded: storage and display
    /// decide the precision.</summary>
    public static decimal Compute(ModelPrice price, TokenUsage usage)
    {
        ArgumentNullException.ThrowIfNull(price);
        ArgumentNullException.ThrowIfNull(usage);

        long input = usage.Input ?? 0, output = usage.Output ?? 0;
        long cacheRead = usage.CacheRead ?? 0, cacheWrite = usage.CacheWrite ?? 0, reasoning = usage.Reasoning ?? 0;

        var uncachedInput = Math.Max(0, input - cacheRead - cacheWrite);
        var plainOutput = Math.Max(0, output - reasoning);

        // Multiply first and divide once: decimal keeps the per-token fractions exact (0.075 / 1M is 7.5e-8).
        var microDollars =
            uncachedInput * price.Input
            + cacheRead * (price.CacheRead ?? price.Input)
            + cacheWrite * (price.CacheWrite ?? price.Input)
            + plainOutput * price.Output
            + reasoning * (price.Reasoning ?? price.Output);
        return microDollars / TokensPerPriceUnit;
    }
}
