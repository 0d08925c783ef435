namespace Telltale.Core.Review.Sampling;

/// <summary>
/// Splits a number of items over strata in proportion to their sizes (largest remainder), never giving a stratum more
/// than it has. The quotas add up to the total, or to everything there is when the total is more.
/// </summary>
public static class StratumQuotas
{
    /// <param name="atLeastOneEach">Every stratum gets one before the rest is shared out, so a rare intent is still
    /// reviewed; when the total is smaller than the number of strata, the largest strata get one each.</param>
    public static Dictionary<string, int> Allocate(IReadOnlyDictionary<string, int> sizes, int total, bool atLeastOneEach)
    {
        // Ordinal key order makes every tie break the same way on every run.
        var keys = sizes.Where(s => s.Value > 0).Select(s => s.Key).Order(StringComparer.Ordinal).ToList();
        var quotas = keys.ToDictionary(k => k, _ => 0);
        var available = keys.Sum(k => (long)sizes[k]);
        if (total <= 0 || keys.Count == 0) return quotas;
        if (total >= available) return keys.ToDictionary(k => k, k => sizes[k]);

        if (atLeastOneEach && total < keys.Count)
        {
            foreach (var k in keys.OrderByDescending(k => sizes[k]).ThenBy(k => k, StringComparer.Ordinal).Take(total)) quotas[k] = 1;
            return quotas;
        }

        var floor = atLeastOneEach ? 1 : 0;
        var exact = keys.ToDictionary(k => k, k => (double)total * sizes[k] / available);
        foreach (var k in keys) quotas[k] = Math.Min(sizes[k], Math.Max(floor, (int)Math.Floor(exact[k])));

        // The guaranteed ones can push the sum over the total: take back from the strata most above their exact share.
        while (quotas.Values.Sum() > total)
        {
            var k = keys.Where(k => quotas[k] > floor).OrderByDescending(k => quotas[k] - exact[k]).ThenBy(k => k, StringComparer.Ordinal).First();
            quotas[k]--;
        }
        // Hand out what is left to the strata furthest below their exact share that still have traces to give.
        while (quotas.Values.Sum() < total)
        {
            var k = keys.Where(k => quotas[k] < sizes[k]).OrderByDescending(k => exact[k] - quotas[k])
                .ThenByDescending(k => sizes[k]).ThenBy(k => k, StringComparer.Ordinal).First();
            quotas[k]++;
        }
        return quotas;
    }
}
