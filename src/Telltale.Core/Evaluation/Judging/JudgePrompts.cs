namespace Telltale.Core.Evaluation.Judging;

/// <summary>Ready-made judge prompts, so a project can turn a judge on without writing one.</summary>
public static class JudgePrompts
{
    public const string DefaultSystem =
        "You are a strict evaluator of an AI assistant's answers. Judge only what you are asked to judge. " +
        "Reply with a single JSON object and nothing else: {\"score\": <number>, \"reason\": \"<one sentence>\"}.";

    public const string Correctness =
        "Rate how well the answer matches the reference answer in substance, from 0 (wrong or missing) to 1 (fully correct and direct).\n" +
        "Penalise hedging, padding and refusals.\n\nQuestion:\n{{input}}\n\nReference answer:\n{{reference}}\n\nAnswer to judge:\n{{output}}";

    public const string Helpfulness =
        "Rate how helpful the answer is to the user's question, from 0 (useless, evasive or a refusal) to 1 (direct, complete and concise).\n\n" +
        "Question:\n{{question}}\n\nAnswer to judge:\n{{answer}}";

    public const string Faithfulness =
        "Rate whether every claim in the answer is supported by the context, from 0 (contradicts or invents) to 1 (fully supported).\n\n" +
        "Context:\n{{context}}\n\nQuestion:\n{{question}}\n\nAnswer to judge:\n{{answer}}";

    public static readonly IReadOnlyDictionary<string, string> ByName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["correctness"] = Correctness,
        ["helpfulness"] = Helpfulness,
        ["faithfulness"] = Faithfulness,
    };
}
