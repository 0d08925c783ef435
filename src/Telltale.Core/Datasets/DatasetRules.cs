using System.Text.RegularExpressions;

namespace Telltale.Core.Datasets;

/// <summary>What makes a dataset name and an item acceptable; every check names the field it is about.</summary>
public static partial class DatasetRules
{
    public const int MaxInputChars = 100_000;
    public const int MaxItemsPerRequest = 10_000;

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")]
    private static partial Regex NamePattern();

    public static string? NameError(string? name) =>
        name is not null && NamePattern().IsMatch(name)
            ? null
            : $"'name' must be 1–100 letters, digits, '.', '_' or '-', starting with a letter or digit; got '{name}'.";

    /// <summary>Checks a posted item and gives it an id when it has none.</summary>
    public static (DatasetItem? Item, string? Error) Complete(DatasetItemDraft draft, Func<string> newId)
    {
        if (string.IsNullOrWhiteSpace(draft.Input)) return (null, "'input' is required and must be non-empty text.");
        if (draft.Input.Length > MaxInputChars) return (null, $"'input' is {draft.Input.Length:N0} characters; at most {MaxInputChars:N0}.");
        if (draft.ReferenceOutput is { Length: > MaxInputChars }) return (null, $"'referenceOutput' is longer than {MaxInputChars:N0} characters.");
        if (draft.Id is { } id && (id.Length is 0 or > 200)) return (null, "'id' must be 1–200 characters when given.");
        return (new DatasetItem
        {
            Id = draft.Id ?? newId(),
            Input = draft.Input,
            ReferenceOutput = string.IsNullOrEmpty(draft.ReferenceOutput) ? null : draft.ReferenceOutput,
            Intent = string.IsNullOrWhiteSpace(draft.Intent) ? null : draft.Intent.Trim(),
            Metadata = draft.Metadata ?? new Dictionary<string, string>(),
            SourceTraceId = draft.SourceTraceId,
        }, null);
    }

    /// <summary>Checks a batch that is to become one new version (posted, imported or taken from traces): all of it
    /// is acceptable or none is added, and the error names the first item at fault.</summary>
    public static (IReadOnlyList<DatasetItem> Items, string? Error) CompleteAll(IReadOnlyList<DatasetItemDraft> drafts, Func<string> newId)
    {
        if (drafts.Count == 0) return ([], "No items: give at least one item.");
        if (drafts.Count > MaxItemsPerRequest) return ([], $"At most {MaxItemsPerRequest:N0} items per request; got {drafts.Count:N0}.");
        var items = new List<DatasetItem>(drafts.Count);
        var ids = new HashSet<string>();
        for (var i = 0; i < drafts.Count; i++)
        {
            var (item, error) = Complete(drafts[i], newId);
            if (item is null) return ([], $"Item {i}: {error}");
            if (!ids.Add(item.Id)) return ([], $"Item {i}: id '{item.Id}' appears more than once in the request.");
            items.Add(item);
        }
        return (items, null);
    }
}
