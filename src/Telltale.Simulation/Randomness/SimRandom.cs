namespace Telltale.Simulation.Randomness;

/// <summary>
/// The simulator's only source of chance: a seeded <see cref="Random"/> with the distributions traffic needs. Every
/// system draws from its own instance, so an incident that changes one system's draws leaves the others' unchanged.
/// </summary>
public sealed class SimRandom(int seed)
{
    private readonly Random _random = new(seed);

    /// <summary>A seed for a named sub-stream, stable across processes (string.GetHashCode is randomized per process).</summary>
    public static int Derive(int seed, string name)
    {
        var hash = 2166136261u;
        foreach (var c in name) hash = (hash ^ c) * 16777619u;
        return (int)(hash ^ (uint)seed) & int.MaxValue;
    }

    public double NextDouble() => _random.NextDouble();

    public int Next(int maxExclusive) => _random.Next(maxExclusive);

    public int Next(int minInclusive, int maxExclusive) => _random.Next(minInclusive, maxExclusive);

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public double Uniform(double min, double max) => min + (max - min) * _random.NextDouble();

    /// <summary>Standard normal by Box–Muller.</summary>
    public double Normal()
    {
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Log-normal given its median and the standard deviation of its logarithm: latencies and token counts
    /// are skewed this way (most calls near the median, a long right tail).</summary>
    public double LogNormal(double median, double sigma) => median * Math.Exp(sigma * Normal());

    /// <summary>Poisson-distributed count (Knuth for small means, a rounded normal approximation above 30).</summary>
    public int Poisson(double mean)
    {
        if (mean <= 0) return 0;
        if (mean > 30) return Math.Max(0, (int)Math.Round(mean + Math.Sqrt(mean) * Normal()));
        var limit = Math.Exp(-mean);
        var product = _random.NextDouble();
        var count = 0;
        while (product > limit)
        {
            count++;
            product *= _random.NextDouble();
        }
        return count;
    }

    /// <summary>Number of trials up to and including the first success, capped.</summary>
    public int Geometric(double successProbability, int max)
    {
        var n = 1;
        while (n < max && !Chance(successProbability)) n++;
        return n;
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    public T PickWeighted<T>(IReadOnlyList<(T Item, double Weight)> items)
    {
        var total = 0.0;
        foreach (var (_, w) in items) total += w;
        var x = _random.NextDouble() * total;
        foreach (var (item, w) in items)
        {
            x -= w;
            if (x < 0) return item;
        }
        return items[^1].Item;
    }

    public byte[] Bytes(int count)
    {
        var bytes = new byte[count];
        _random.NextBytes(bytes);
        return bytes;
    }

    public string Hex(int bytes) => Convert.ToHexStringLower(Bytes(bytes));
}
