using Telltale.Core.Evaluation.Judging;

namespace Telltale.Core.Evaluation.Scoring;

/// <summary>One scorer's verdict on one item, in [0, 1]; binary scorers give exactly 0 or 1. A judge's result
/// carries its call, so the call can be recorded (and paid for) whatever the verdict.</summary>
public sealed record ScorerResult(string Scorer, double Value, string Reason, LlmJudge.Outcome? JudgeCall = null);
