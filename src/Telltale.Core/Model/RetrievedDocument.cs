namespace Telltale.Core.Model;

/// <summary>A document returned by a retriever or reranker, as recorded on the span.</summary>
public sealed record RetrievedDocument(string? Id, double? Score, string? Content)
{
    /// <summary>Free-form metadata as JSON text (source, timestamp, …), when the emitter sent any.</summary>
    public string? MetadataJson { get; init; }
}
