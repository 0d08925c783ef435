using Telltale.Core.Querying;

namespace Telltale.Core.Intents;

/// <summary>Traffic, cost, satisfaction and quality per intent over a range, for one AI system or all.</summary>
public sealed record IntentBreakdown(TimeRange Range, string? System, long Traces, IReadOnlyList<IntentBreakdownRow> Intents);
