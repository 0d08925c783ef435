namespace Telltale.Core.Datasets;

/// <summary>An item as posted or imported, before it is checked.</summary>
public sealed record DatasetItemDraft(string? Input, string? ReferenceOutput = null, string? Intent = null,
    IReadOnlyDictionary<string, string>? Metadata = null, string? Id = null, string? SourceTraceId = null);
