namespace Telltale.Core.Datasets;

/// <summary>One example: the input sent to the model, the answer expected of it, its intent, and free metadata
/// (available to prompt templates as <c>{{metadata.key}}</c>).</summary>
public sealed record DatasetItem
{
    public required string Id { get; init; }
    public required string Input { get; init; }
    public string? ReferenceOutput { get; init; }
    public string? Intent { get; init; }
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();

    /// <summary>The production trace the item was taken from, if any.</summary>
    public string? SourceTraceId { get; init; }

    /// <summary>The dataset version that added this item (or this edit of it).</summary>
    public int AddedInVersion { get; init; }
}
