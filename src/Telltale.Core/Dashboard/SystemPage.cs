using Telltale.Core.Alerting;
using Telltale.Core.Changes;
using Telltale.Core.Querying;

namespace Telltale.Core.Dashboard;

/// <summary>Everything the system page draws for one range: request health, model-call economics, a breakdown by
/// the chosen dimension, and the changes to mark on every chart.</summary>
public sealed record SystemPage(
    string System,
    TimeRange Range,
    TimeSpan Step,
    string GroupBy,
    MetricSeries? Requests,
    MetricSeries? ModelCalls,
    IReadOnlyList<MetricSeries> Groups,
    IReadOnlyList<ChangeEvent> Changes,
    IReadOnlyList<AlertRecord> FiringAlerts);
