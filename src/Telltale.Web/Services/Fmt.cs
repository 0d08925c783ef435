using System.Globalization;

namespace Telltale.Web.Services;

/// <summary>How figures read on screen: short, with units, the same everywhere.</summary>
public static class Fmt
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    public static string Ms(double? ms) => ms switch
    {
        null => "–",
        >= 10_000 => (ms.Value / 1000).ToString("0.0", Culture) + " s",
        >= 1000 => (ms.Value / 1000).ToString("0.00", Culture) + " s",
        _ => ms.Value.ToString("0", Culture) + " ms",
    };

    public static string Money(decimal? usd) => usd switch
    {
        null => "–",
        0 => "$0",
        < 0.01m => "$" + usd.Value.ToString("0.0000", Culture),
        < 100m => "$" + usd.Value.ToString("0.00", Culture),
        _ => "$" + usd.Value.ToString("#,0", Culture),
    };

    public static string Percent(double? share, int decimals = 1) =>
        share is null ? "–" : (share.Value * 100).ToString("F" + decimals, Culture) + " %";

    public static string Count(long n) => n switch
    {
        >= 10_000_000 => (n / 1e6).ToString("0", Culture) + "M",
        >= 1_000_000 => (n / 1e6).ToString("0.0", Culture) + "M",
        >= 10_000 => (n / 1e3).ToString("0", Culture) + "k",
        _ => n.ToString("#,0", Culture),
    };

    public static string Time(DateTimeOffset? t) => t?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", Culture) + " UTC";

    public static string Score(double? s) => s is null ? "–" : s.Value.ToString("0.00", Culture);

    /// <summary>Today's cost against the daily average of the seven days before, as "+12 %" or "−5 %".</summary>
    public static string Trend(decimal today, decimal average) =>
        average == 0 ? "no baseline" : ((double)((today - average) / average)).ToString("+0%;−0%;0%", Culture) + " vs 7-day avg";
}
