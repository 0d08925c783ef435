namespace Telltale.Core.Scores;

/// <summary>Count and mean of one numeric score in a group: an AI system, or an intent (then <see cref="System"/>
/// is the system the summary was limited to, if any).</summary>
public sealed record ScoreNameSummary(string Name, string? System, string? Intent, long Count, double? Mean);
