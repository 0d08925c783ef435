using System.Globalization;
using Telltale.Core.Querying;
using Telltale.Core.Time;

namespace Telltale.Server.Api;

/// <summary>Parses the query-string vocabulary shared by the API: time ranges, steps, durations, numbers.</summary>
public static class QueryParameters
{
    public static readonly TimeSpan DefaultRange = TimeSpan.FromHours(24);
    private const int MaxPoints = 2_000;

    /// <summary><c>from</c>/<c>to</c> as ISO 8601 or Unix milliseconds, or <c>range</c> (1h, 24h, 7d, …) back from
    /// <c>to</c> (default now). Default: the last 24 hours.</summary>
    public static TimeRange Range(HttpRequest request, TimeProvider time)
    {
        var to = Time(request, "to") ?? time.GetUtcNow();
        var from = Time(request, "from");
        if (from is null)
        {
            var range = request.Query["range"].ToString();
            from = to - (string.IsNullOrEmpty(range) ? DefaultRange : Duration("range", range));
        }
        if (from >= to) throw new ApiBadRequestException($"'from' ({from:O}) must be before 'to' ({to:O}).");
        return new TimeRange(from.Value, to);
    }

    public static TimeSpan? Step(HttpRequest request, TimeRange range)
    {
        var text = request.Query["step"].ToString();
        if (string.IsNullOrEmpty(text)) return null;
        var step = Duration("step", text);
        if ((range.To - range.From) / step > MaxPoints)
            throw new ApiBadRequestException($"'step' {text} gives more than {MaxPoints} points over the range; use a larger step.");
        return step;
    }

    /// <summary>Durations like 30s, 5m, 1h, 7d, or ISO 8601 (PT5M).</summary>
    public static TimeSpan Duration(string name, string text) =>
        DurationText.TryParse(text, out var span) && span > TimeSpan.Zero
            ? span
            : throw new ApiBadRequestException($"'{name}' must be a positive duration such as 30s, 5m, 1h or 7d; got '{text}'.");

    public static DateTimeOffset? Time(HttpRequest request, string name)
    {
        var text = request.Query[name].ToString();
        if (string.IsNullOrEmpty(text)) return null;
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var ms)) return DateTimeOffset.FromUnixTimeMilliseconds(ms);
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t)) return t;
        throw new ApiBadRequestException($"'{name}' must be an ISO 8601 time or Unix milliseconds; got '{text}'.");
    }

    public const string BySystem = "system";
    public const string ByIntent = "intent";

    /// <summary><c>groupBy</c> of the feedback and score summaries: system (the default) or intent.</summary>
    public static string Grouping(HttpRequest request) => Text(request, "groupBy")?.ToLowerInvariant() switch
    {
        null or BySystem => BySystem,
        ByIntent => ByIntent,
        var other => throw new ApiBadRequestException($"'groupBy' must be '{BySystem}' or '{ByIntent}'; got '{other}'."),
    };

    public static string? Text(HttpRequest request, string name)
    {
        var text = request.Query[name].ToString();
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    public static double? Number(HttpRequest request, string name)
    {
        var text = Text(request, name);
        if (text is null) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n >= 0 && double.IsFinite(n)) return n;
        throw new ApiBadRequestException($"'{name}' must be a non-negative number; got '{text}'.");
    }

    public static int Int(HttpRequest request, string name, int fallback, int min, int max)
    {
        var text = Text(request, name);
        if (text is null) return fallback;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max) return n;
        throw new ApiBadRequestException($"'{name}' must be an integer from {min} to {max}; got '{text}'.");
    }

}
