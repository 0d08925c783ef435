using Telltale.Core.Model;

namespace Telltale.Core.Evaluation;

/// <summary>What an evaluator looks at: one model call, the documents retrieved in its trace, and what is normal for
/// its AI system (for relative checks such as verbosity).</summary>
public sealed record EvaluationInput(AiSpan Call, IReadOnlyList<RetrievedDocument> RetrievedDocuments, SystemNorms Norms)
{
    /// <summary>The text of the answer: the output messages' text, else the raw output value.</summary>
    public string Answer { get; } = string.Join("\n", Call.OutputMessages.Select(m => m.Content).Where(c => c is not null)) is { Length: > 0 } text
        ? text
        : Call.OutputValue ?? "";

    /// <summary>The last thing the user said.</summary>
    public string Question { get; } = Call.InputMessages.LastOrDefault(m => m.Role == "user")?.Content ?? Call.InputValue ?? "";
}

/// <summary>Typical figures of an AI system's answers, computed from its recent traffic.</summary>
public sealed record SystemNorms(double? MedianAnswerWords)
{
    public static readonly SystemNorms Unknown = new((double?)null);
}

/// <summary>One result: a named score in [0, 1] (or a label), with a short reason a person can check.</summary>
public sealed record EvaluationResult(string Name, double Value, string? Label, string Reason);

/// <summary>
/// An online evaluator: a small, versioned check run on sampled production calls; its results are stored as scores.
/// Contract: pure and fast (no I/O; the LLM judge is a separate, asynchronous kind), and returns nothing when it does
/// not apply (a groundedness check on a call with no retrieved documents).
/// </summary>
public interface IEvaluator
{
    string Name { get; }
    string Version { get; }

    EvaluationResult? Evaluate(EvaluationInput input);
}
