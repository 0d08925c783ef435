namespace Telltale.Core.Querying;

/// <summary>A half-open UTC interval [From, To).</summary>
public readonly record struct TimeRange(DateTimeOffset From, DateTimeOffset To)
{
    public long FromNanos => UnixNanos.From(From);
    public long ToNanos => UnixNanos.From(To);

    /// <summary>The last <paramref name="span"/> up to now, the default window of every query.</summary>
    public static TimeRange Last(TimeSpan span, DateTimeOffset now) => new(now - span, now);
}

/// <summary>Conversions between Unix nanoseconds (how OTLP and the store keep time) and DateTimeOffset.</summary>
public static class UnixNanos
{
    public static long From(DateTimeOffset t) => (t.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) * 100;

    public static DateTimeOffset ToDateTimeOffset(long nanos) => DateTimeOffset.UnixEpoch.AddTicks(nanos / 100);
}
