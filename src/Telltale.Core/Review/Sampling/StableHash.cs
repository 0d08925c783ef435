namespace Telltale.Core.Review.Sampling;

/// <summary>
/// A 64-bit hash that is the same in every process and every run (string.GetHashCode is randomised per process), so a
/// sample drawn again from the same input is the same sample.
/// </summary>
public static class StableHash
{
    public static ulong Of(string text, ulong seed = 0)
    {
        var hash = 14695981039346656037UL ^ seed;
        foreach (var c in text) hash = (hash ^ c) * 1099511628211UL;
        return Mix(hash);
    }

    /// <summary>A uniform number in (0, 1), never 0 or 1, from the hash's top 53 bits.</summary>
    public static double UnitInterval(string text, ulong seed) => ((Of(text, seed) >> 11) + 0.5) / (1UL << 53);

    /// <summary>The SplitMix64 finaliser: FNV-1a alone leaves neighbouring inputs' high bits correlated.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
