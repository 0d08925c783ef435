namespace Telltale.Bench.Measurement;

/// <summary>"Now" in the store's time: just after its newest span, so windows ending now hold data.</summary>
public sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
