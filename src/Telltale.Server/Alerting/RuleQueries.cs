using Telltale.Core.Alerting;
using Telltale.Core.Querying;

namespace Telltale.Server.Alerting;

/// <summary>Turns a rule into the metrics query over one range, and names its groups.</summary>
public static class RuleQueries
{
    public static MetricsQuery For(AlertRule rule, TimeRange range) => new()
    {
        Range = range,
        GroupBy = rule.GroupBy.Select(Dimension).ToList(),
        Filters = rule.Filters.Select(f => new DimensionFilter(Dimension(f.Key), f.Value)).ToList(),
        MaxGroups = 500,
    };

    public static string GroupKey(IReadOnlyDictionary<string, string?> group) =>
        string.Join(", ", group.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}={g.Value ?? "(none)"}"));

    public static MetricDimension Dimension(string name) =>
        MetricDimension.TryParse(name, out var d, out var error) ? d! : throw new ArgumentException(error);
}
