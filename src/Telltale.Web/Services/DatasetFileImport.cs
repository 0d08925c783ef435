using Telltale.Core.Datasets;
using Telltale.Core.Projects;

namespace Telltale.Web.Services;

/// <summary>An uploaded file read into the items of one new dataset version, by the same parser and rules as
/// POST /api/v1/datasets/{name}/import: all of the file or none of it.</summary>
public static class DatasetFileImport
{
    /// <summary>Ample for the API's 10,000 items of ordinary length, and a bound on what one upload holds in memory.</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    public static (IReadOnlyList<DatasetItem> Items, string? Error) Read(string fileName, string text)
    {
        if (DatasetImport.ForFileName(fileName) is not { } parse)
            return ([], $"'{fileName}' is neither JSON Lines (.jsonl, .ndjson) nor CSV (.csv).");
        try
        {
            return DatasetRules.CompleteAll(parse(text), ApiKeySecrets.NewId);
        }
        catch (DatasetImport.ImportException ex)
        {
            return ([], ex.Message);
        }
    }
}
