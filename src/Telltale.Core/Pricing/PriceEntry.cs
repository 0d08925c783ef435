using System.Text.RegularExpressions;

namespace Telltale.Core.Pricing;

/// <summary>
/// A <see cref="ModelPrice"/> made ready for matching: its pattern parsed once, and the figures the ranking in
/// <see cref="PriceTable.Find"/> needs computed up front. Tables derived by <see cref="PriceTable.WithOverrides"/>
/// share these with their base, so a per-project table does not re-parse the ~150 shipped patterns.
/// </summary>
internal sealed class PriceEntry
{
    // Patterns can come from API callers; a timeout keeps a pathological one from stalling ingestion.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(100);

    private PriceEntry(ModelPrice price, Regex regex, int tier, int order)
    {
        Price = price;
        Regex = regex;
        Tier = tier;
        Order = order;
        Specificity = CountLiterals(price.Match);
    }

    public ModelPrice Price { get; }

    public Regex Regex { get; }

    /// <summary>0 for project overrides, 1 for the shipped defaults: a lower tier always wins.</summary>
    public int Tier { get; }

    /// <summary>Position in its list; the last tie-breaker, so results never depend on hash order.</summary>
    public int Order { get; }

    /// <summary>How many literal characters the pattern requires: <c>^gpt-4o-2024-05-13$</c> outranks
    /// <c>^gpt-4o(-\d{4}-\d{2}-\d{2})?$</c> when both match. A heuristic, but a predictable one.</summary>
    public int Specificity { get; }

    public PriceEntry WithTier(int tier, int order) => new(Price, Regex, tier, order);

    /// <exception cref="PriceTableException">The entry cannot be used.</exception>
    public static PriceEntry Create(ModelPrice price, int tier, int order)
    {
        ArgumentNullException.ThrowIfNull(price);
        var where = $"Price entry {order} ('{price.Match}')";
        if (string.IsNullOrWhiteSpace(price.Match))
            throw new PriceTableException($"Price entry {order} has an empty 'match' pattern.");
        if (price.Input < 0 || price.Output < 0 || price.CacheRead < 0 || price.CacheWrite < 0 || price.Reasoning < 0)
            throw new PriceTableException($"{where} has a negative price.");
        if (price.EffectiveTo is { } to && to <= price.EffectiveFrom)
            throw new PriceTableException($"{where} has 'effectiveTo' on or before 'effectiveFrom'.");

        Regex regex;
        try
        {
            // Anchoring is enforced here rather than trusted to the author: an unanchored "gpt-4o" would also
            // price "gpt-4o-mini". Not RegexOptions.Compiled: matching only runs on a lookup-cache miss, so emitting
            // IL for every pattern would cost more at startup than it could ever save.
            regex = new Regex($"^(?:{price.Match})$",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, MatchTimeout);
        }
        catch (ArgumentException ex)
        {
            throw new PriceTableException($"{where} is not a valid regular expression: {ex.Message}", ex);
        }

        return new PriceEntry(price, regex, tier, order);
    }

    public bool IsValidOn(DateOnly day) =>
        Price.EffectiveFrom <= day && (Price.EffectiveTo is not { } to || day < to);

    public bool Matches(string model)
    {
        try
        {
            return Regex.IsMatch(model);
        }
        catch (RegexMatchTimeoutException)
        {
            // A pattern too slow to answer prices nothing rather than failing the whole span.
            return false;
        }
    }

    private static int CountLiterals(string pattern)
    {
        var count = 0;
        var inClass = false;
        var inQuantifier = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                // \d, \w, \s … are classes; \. \- \/ … are literals.
                i++;
                if (!inClass && !char.IsLetterOrDigit(pattern[i]))
                    count++;
                continue;
            }
            if (inClass)
            {
                inClass = c != ']';
                continue;
            }
            if (inQuantifier)
            {
                inQuantifier = c != '}';
                continue;
            }
            switch (c)
            {
                case '[': inClass = true; break;
                case '{': inQuantifier = true; break;
                case '^' or '$' or '.' or '*' or '+' or '?' or '(' or ')' or '|': break;
                default: count++; break;
            }
        }
        return count;
    }
}
