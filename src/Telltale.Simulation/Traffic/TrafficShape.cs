namespace Telltale.Simulation.Traffic;

/// <summary>
/// How busy a system is at a moment, relative to its peak: a daily cycle (quietest at 04:00 UTC, busiest at 16:00)
/// and quieter weekends. Real traffic has both, and both make baselines harder, which a benchmark should face.
/// </summary>
/// <param name="DailyAmplitude">0 for flat traffic; 0.55 means the quietest hour runs at 45 % of the peak.</param>
/// <param name="WeekendFactor">Saturday and Sunday traffic relative to weekdays.</param>
public sealed record TrafficShape(double DailyAmplitude, double WeekendFactor)
{
    public static readonly TrafficShape Flat = new(0, 1);
    public static readonly TrafficShape Business = new(0.55, 0.7);

    public double Factor(DateTimeOffset time)
    {
        var utc = time.UtcDateTime;
        var hour = utc.TimeOfDay.TotalHours;
        var daily = 1 - DailyAmplitude * (1 + Math.Cos(2 * Math.PI * (hour - 4) / 24)) / 2;
        var weekend = utc.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? WeekendFactor : 1;
        return daily * weekend;
    }
}
