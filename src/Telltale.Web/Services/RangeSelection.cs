using System.Globalization;
using Telltale.Core.Querying;

namespace Telltale.Web.Services;

/// <summary>
/// The time range a page shows, as it appears in the URL: a preset relative to now (<c>range=24h</c>) or a custom
/// interval (<c>from=…&amp;to=…</c>, ISO 8601 UTC), so a view can be shared and reloaded as it is.
/// </summary>
public sealed record RangeSelection(string Preset, DateTimeOffset? From, DateTimeOffset? To)
{
    public const string Custom = "custom";

    public static readonly IReadOnlyDictionary<string, TimeSpan> Presets = new Dictionary<string, TimeSpan>
    {
        ["1h"] = TimeSpan.FromHours(1),
        ["24h"] = TimeSpan.FromHours(24),
        ["7d"] = TimeSpan.FromDays(7),
        ["30d"] = TimeSpan.FromDays(30),
    };

    public static RangeSelection Parse(string? range, string? from, string? to, string fallback = "24h")
    {
        if (TryTime(from, out var f) && TryTime(to, out var t) && f < t) return new RangeSelection(Custom, f, t);
        return new RangeSelection(range is not null && Presets.ContainsKey(range) ? range : fallback, null, null);
    }

    public TimeRange Resolve(DateTimeOffset now) => Preset == Custom && From is { } f && To is { } t
        ? new TimeRange(f, t)
        : TimeRange.Last(Presets[Preset], now);

    /// <summary>The query-string parameters that reproduce this selection.</summary>
    public IReadOnlyDictionary<string, object?> ToQuery() => Preset == Custom
        ? new Dictionary<string, object?> { ["range"] = null, ["from"] = Format(From), ["to"] = Format(To) }
        : new Dictionary<string, object?> { ["range"] = Preset, ["from"] = null, ["to"] = null };

    private static string? Format(DateTimeOffset? t) => t?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static bool TryTime(string? text, out DateTimeOffset time) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);
}
