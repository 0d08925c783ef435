using Telltale.Core.Querying;

namespace Telltale.Core.Datasets;

/// <summary>Turns a production trace into a dataset example: what the user asked, and (optionally) the answer the
/// system gave, which a reviewer curating a golden set has judged good enough to be the reference.</summary>
public static class TraceExample
{
    public static DatasetItemDraft? From(TraceDetail trace, bool answerAsReference, string? intent)
    {
        var calls = trace.Spans.Where(s => s.Kind == "llm").OrderBy(s => s.StartUnixNano).ToList();
        if (calls.Count == 0) return null;
        // The first call's user turn is the question as asked (later calls in a RAG trace carry retrieved context).
        var question = calls[0].InputMessages.LastOrDefault(m => m.Role == "user")?.Content ?? calls[0].InputValue;
        if (string.IsNullOrWhiteSpace(question)) return null;
        var last = calls[^1];
        var answer = string.Join("\n", last.OutputMessages.Select(m => m.Content).Where(c => !string.IsNullOrEmpty(c))) is { Length: > 0 } text
            ? text
            : last.OutputValue;
        var metadata = new Dictionary<string, string> { ["system"] = trace.Summary.System };
        if (last.Model is { } model) metadata["model"] = model;
        return new DatasetItemDraft(question, answerAsReference ? answer : null, intent, metadata, SourceTraceId: trace.Summary.TraceId);
    }
}
