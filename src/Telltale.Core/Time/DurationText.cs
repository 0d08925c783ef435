using System.Globalization;
using System.Text.RegularExpressions;

namespace Telltale.Core.Time;

/// <summary>Durations as people write them: 30s, 5m, 1h, 7d, 2w (or ISO 8601 such as PT5M, or 00:05:00).</summary>
public static partial class DurationText
{
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        text = text.Trim();
        var m = Pattern().Match(text);
        if (m.Success)
        {
            var n = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            duration = m.Groups[2].Value switch
            {
                "ms" => TimeSpan.FromMilliseconds(n),
                "s" => TimeSpan.FromSeconds(n),
                "m" => TimeSpan.FromMinutes(n),
                "h" => TimeSpan.FromHours(n),
                "d" => TimeSpan.FromDays(n),
                _ => TimeSpan.FromDays(7 * n),
            };
            return true;
        }
        if (text.StartsWith('P'))
        {
            try
            {
                duration = System.Xml.XmlConvert.ToTimeSpan(text);
                return true;
            }
            catch (FormatException)
            {
                return false;
            }
        }
        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out duration);
    }

    /// <summary>The shortest exact form: 5m rather than 300s, 1d rather than 24h.</summary>
    public static string Format(TimeSpan d)
    {
        if (d == TimeSpan.Zero) return "0s";
        if (d.Ticks % TimeSpan.TicksPerDay == 0) return $"{d.Ticks / TimeSpan.TicksPerDay}d";
        if (d.Ticks % TimeSpan.TicksPerHour == 0) return $"{d.Ticks / TimeSpan.TicksPerHour}h";
        if (d.Ticks % TimeSpan.TicksPerMinute == 0) return $"{d.Ticks / TimeSpan.TicksPerMinute}m";
        if (d.Ticks % TimeSpan.TicksPerSecond == 0) return $"{d.Ticks / TimeSpan.TicksPerSecond}s";
        return $"{d.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)}ms";
    }

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)(ms|s|m|h|d|w)$")]
    private static partial Regex Pattern();
}
