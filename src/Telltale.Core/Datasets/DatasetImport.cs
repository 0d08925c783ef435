using System.Globalization;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;

namespace Telltale.Core.Datasets;

/// <summary>
/// Reads items from JSON Lines or CSV. Column and key names are forgiving about the vocabulary peers use
/// (<c>expected_output</c>, <c>expectedOutput</c>, <c>reference</c>…); anything else becomes metadata. A file
/// with any bad line imports nothing, and the error names the line.
/// </summary>
public static class DatasetImport
{
    private static readonly string[] InputNames = ["input", "question", "prompt"];
    private static readonly string[] ReferenceNames =
        ["reference_output", "referenceoutput", "expected_output", "expectedoutput", "expected", "reference", "answer"];
    private const string IntentName = "intent";
    private const string IdName = "id";
    private const string MetadataName = "metadata";

    public sealed class ImportException(string message) : Exception(message);

    /// <summary>The file endings an uploaded file is read by, for a file picker's filter.</summary>
    public const string FileExtensions = ".jsonl,.ndjson,.csv";

    /// <summary>The parser for an uploaded file, chosen by its ending; null when it is neither JSON Lines nor CSV.</summary>
    public static Func<string, IReadOnlyList<DatasetItemDraft>>? ForFileName(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".jsonl" or ".ndjson" => ParseJsonLines,
            ".csv" => ParseCsv,
            _ => null,
        };

    public static IReadOnlyList<DatasetItemDraft> ParseJsonLines(string text)
    {
        var items = new List<DatasetItemDraft>();
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0) continue;
            JsonElement root;
            try
            {
                using var doc = JsonDocument.Parse(line);
                root = doc.RootElement.Clone();
            }
            catch (JsonException ex)
            {
                throw new ImportException($"Line {lineNumber} is not valid JSON: {ex.Message}");
            }
            if (root.ValueKind != JsonValueKind.Object) throw new ImportException($"Line {lineNumber} must be a JSON object.");
            var fields = root.EnumerateObject().ToDictionary(p => Key(p.Name), p => p.Value);
            items.Add(FromFields(fields.ToDictionary(f => f.Key, f => f.Value.ValueKind == JsonValueKind.Object && f.Key == MetadataName ? null : Text(f.Value, lineNumber, f.Key)),
                fields.TryGetValue(MetadataName, out var meta) && meta.ValueKind == JsonValueKind.Object
                    ? meta.EnumerateObject().ToDictionary(p => p.Name, p => Text(p.Value, lineNumber, p.Name) ?? "")
                    : null,
                lineNumber));
        }
        return items;
    }

    public static IReadOnlyList<DatasetItemDraft> ParseCsv(string text)
    {
        using var reader = new StringReader(text);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { DetectDelimiter = true, BadDataFound = null });
        var items = new List<DatasetItemDraft>();
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
            throw new ImportException("The CSV has no header row; the first row must name the columns (input, expected_output, intent, …).");
        var keys = header.Select(Key).ToArray();
        while (csv.Read())
        {
            var row = csv.Parser.Row;
            var fields = new Dictionary<string, string?>();
            for (var i = 0; i < keys.Length; i++) fields[keys[i]] = csv.GetField(i);
            items.Add(FromFields(fields, null, row));
        }
        return items;
    }

    private static DatasetItemDraft FromFields(Dictionary<string, string?> fields, IReadOnlyDictionary<string, string>? metadata, int line)
    {
        var input = First(fields, InputNames);
        if (string.IsNullOrWhiteSpace(input))
            throw new ImportException($"Line {line} has no input: give an 'input' (or 'question', 'prompt') value.");
        var known = InputNames.Concat(ReferenceNames).Append(IntentName).Append(IdName).Append(MetadataName).ToHashSet();
        var extra = fields.Where(f => !known.Contains(f.Key) && !string.IsNullOrEmpty(f.Value)).ToDictionary(f => f.Key, f => f.Value!);
        foreach (var (k, v) in metadata ?? new Dictionary<string, string>()) extra[k] = v;
        return new DatasetItemDraft(input, First(fields, ReferenceNames), fields.GetValueOrDefault(IntentName), extra,
            string.IsNullOrWhiteSpace(fields.GetValueOrDefault(IdName)) ? null : fields[IdName]!.Trim());
    }

    private static string? First(Dictionary<string, string?> fields, string[] names) =>
        names.Select(n => fields.GetValueOrDefault(n)).FirstOrDefault(v => v is not null);

    private static string Key(string name) => name.Trim().ToLowerInvariant().Replace(' ', '_');

    private static string? Text(JsonElement value, int line, string key) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null => null,
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        // A structured input or expected output is kept as its JSON text (a JSON-schema scorer reads it back).
        JsonValueKind.Object or JsonValueKind.Array => value.GetRawText(),
        _ => throw new ImportException($"Line {line}: '{key}' has an unsupported value."),
    };
}
