using System.Globalization;

namespace Telltale.Bench.Reporting;

/// <summary>Number formatting for the tables: invariant culture, thousands separators, units spelled out.</summary>
public static class Format
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Count(long value) => value.ToString("N0", Invariant);

    public static string Rate(double perSecond) => perSecond.ToString("N0", Invariant) + " /s";

    public static string Ms(double milliseconds) => milliseconds < 10
        ? milliseconds.ToString("N2", Invariant) + " ms"
        : milliseconds.ToString("N1", Invariant) + " ms";

    public static string Micros(double microseconds) => microseconds.ToString("N1", Invariant) + " µs";

    public static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("N2", Invariant) + " s";

    public static string Ratio(double value) => value.ToString("N3", Invariant) + "×";

    public static string Percent(double fraction) => (fraction * 100).ToString("N0", Invariant) + " %";

    public static string Bytes(long bytes) => bytes switch
    {
        >= 1L << 30 => (bytes / (double)(1L << 30)).ToString("N2", Invariant) + " GiB",
        >= 1L << 20 => (bytes / (double)(1L << 20)).ToString("N1", Invariant) + " MiB",
        >= 1L << 10 => (bytes / (double)(1L << 10)).ToString("N1", Invariant) + " KiB",
        _ => bytes.ToString(Invariant) + " B",
    };

    public static string Verdict(bool met) => met ? "MET" : "MISSED";
}
