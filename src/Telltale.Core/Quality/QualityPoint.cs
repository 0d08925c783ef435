namespace Telltale.Core.Quality;

/// <summary>One bucket of a quality metric: its value over the bucket and the samples behind it.</summary>
/// <param name="Metric">As alert rules name it: <c>score.refusal</c>, <c>thumbsUpRate</c>, <c>canaryScore.golden</c>…</param>
public sealed record QualityPoint(string Metric, DateTimeOffset Time, long Count, double? Value);
