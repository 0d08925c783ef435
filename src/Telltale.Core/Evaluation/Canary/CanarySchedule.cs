using Cronos;

namespace Telltale.Core.Evaluation.Canary;

/// <summary>A canary's cron schedule (Cronos; five fields, UTC).</summary>
public static class CanarySchedule
{
    public static string? Error(string? cron)
    {
        if (string.IsNullOrWhiteSpace(cron)) return "'schedule' is required: a cron expression such as '0 * * * *' (hourly).";
        try
        {
            _ = CronExpression.Parse(cron);
            return null;
        }
        catch (CronFormatException ex)
        {
            return $"'schedule' is not a valid cron expression ('{cron}'): {ex.Message}";
        }
    }

    /// <summary>The first scheduled time after <paramref name="after"/>.</summary>
    public static DateTimeOffset? Next(string cron, DateTimeOffset after) =>
        CronExpression.Parse(cron).GetNextOccurrence(after, TimeZoneInfo.Utc);
}
