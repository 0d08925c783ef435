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
}
