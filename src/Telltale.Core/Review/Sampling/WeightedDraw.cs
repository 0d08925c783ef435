namespace Telltale.Core.Review.Sampling;

/// <summary>
/// Weighted sampling without replacement (Efraimidis and Spirakis, 2006): every item gets the key u^(1/w) for a uniform
/// u, and the items with the largest keys are taken, which draws them with probability proportional to their weights.
/// u comes from a hash of the seed and the item's id rather than from a random sequence, so the draw does not depend on
/// the order the items arrive in, and an item keeps its key when the draw is repeated over a growing set.
/// </summary>
public static class WeightedDraw
{
    public static IReadOnlyList<T> Take<T>(IEnumerable<T> items, Func<T, string> id, Func<T, double> weight, int count, ulong seed)
    {
        if (count <= 0) return [];
        return items
            // ln(u)/w orders items exactly as u^(1/w) does, without underflow for large weights.
            .Select(item => (Item: item, Id: id(item), Key: Math.Log(StableHash.UnitInterval(id(item), seed)) / Math.Max(weight(item), 1e-9)))
            .OrderByDescending(x => x.Key).ThenBy(x => x.Id, StringComparer.Ordinal)
            .Take(count).Select(x => x.Item).ToList();
    }
}
