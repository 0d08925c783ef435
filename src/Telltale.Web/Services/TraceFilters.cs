using System.Globalization;
using Telltale.Core.Querying;

namespace Telltale.Web.Services;

/// <summary>The trace list's filters exactly as they appear in the URL, so a filtered view can be shared.</summary>
public sealed record TraceFilters
{
    public string? System { get; init; }
    public string? Model { get; init; }
    public string? Status { get; init; }
    public string? User { get; init; }
    public string? Session { get; init; }
    public string? Text { get; init; }
    public double? MinMs { get; init; }
    public decimal? MinCost { get; init; }
    public int Page { get; init; }

    public const int PageSize = 50;

    public TraceQuery ToQuery(TimeRange range) => new()
    {
        Range = range,
        System = Blank(System),
        Model = Blank(Model),
        Status = Status is "ok" or "error" ? Status : null,
        UserId = Blank(User),
        SessionId = Blank(Session),
        Text = Blank(Text),
        MinDurationMs = MinMs,
        MinCostUsd = MinCost,
        Limit = PageSize,
        Offset = Math.Max(0, Page) * PageSize,
    };

    /// <summary>Query-string values; empty filters are removed from the URL.</summary>
    public IReadOnlyDictionary<string, object?> ToUrl() => new Dictionary<string, object?>
    {
        ["system"] = Blank(System),
        ["model"] = Blank(Model),
        ["status"] = Blank(Status),
        ["user"] = Blank(User),
        ["session"] = Blank(Session),
        ["q"] = Blank(Text),
        ["minMs"] = MinMs?.ToString(CultureInfo.InvariantCulture),
        ["minCost"] = MinCost?.ToString(CultureInfo.InvariantCulture),
        ["page"] = Page > 0 ? Page.ToString(CultureInfo.InvariantCulture) : null,
    };

    public static double? ParseDouble(string? s) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v >= 0 ? v : null;

    public static decimal? ParseDecimal(string? s) =>
        decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v >= 0 ? v : null;

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
