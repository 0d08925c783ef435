namespace Telltale.Core.Review.Sampling;

/// <summary>Sampling weeks: Monday 00:00 UTC to the next Monday, and how much of a week's target is released by a time.</summary>
public static class ReviewWeek
{
    public static readonly TimeSpan Length = TimeSpan.FromDays(7);

    public static DateTimeOffset StartOf(DateTimeOffset time)
    {
        var day = time.UtcDateTime.Date;
        var sinceMonday = ((int)day.DayOfWeek + 6) % 7;
        return new DateTimeOffset(day.AddDays(-sinceMonday), TimeSpan.Zero);
    }

    /// <summary>
    /// How many items the week may hold once its traffic up to <paramref name="until"/> is seen. Even pacing releases the
    /// target in proportion to the time elapsed (rounded up, so the first trace of a week can be picked), which keeps a
    /// Monday morning from taking the whole week's sample; immediate pacing releases all of it at once.
    /// </summary>
    public static int Allowance(int target, string pacing, DateTimeOffset weekStart, DateTimeOffset until)
    {
        if (pacing == ReviewQueueRule.Immediate) return target;
        var elapsed = Math.Clamp((until - weekStart) / Length, 0, 1);
        return (int)Math.Min(target, Math.Ceiling(target * elapsed - 1e-9));
    }
}
