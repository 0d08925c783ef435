using System.Text.Json;
using Telltale.Core.Scores;

namespace Telltale.Web.Services;

/// <summary>
/// What a reviewer has filled in so far, one entry per score config, as the form's controls bind it; turned into the
/// same values the API takes, so the dashboard and the API are checked by the same code. A number or category left
/// empty is not sent; a switch always is (it shows yes or no, so what it shows is the reviewer's answer).
/// </summary>
public sealed class AnnotationDraft
{
    public AnnotationDraft(IReadOnlyList<ScoreConfig> configs)
    {
        Configs = configs;
        foreach (var c in configs)
        {
            switch (c.DataType)
            {
                case ScoreRecord.Numeric: Numbers[c.Name] = null; break;
                case ScoreRecord.Boolean: Flags[c.Name] = false; break;
                default: Categories[c.Name] = null; break;
            }
        }
    }

    public IReadOnlyList<ScoreConfig> Configs { get; }
    public Dictionary<string, double?> Numbers { get; } = [];
    public Dictionary<string, string?> Categories { get; } = [];
    public Dictionary<string, bool> Flags { get; } = [];
    public string? Comment { get; set; }

    public IReadOnlyDictionary<string, JsonElement> Values()
    {
        var values = new Dictionary<string, JsonElement>();
        foreach (var (name, number) in Numbers)
            if (number is { } n) values[name] = JsonSerializer.SerializeToElement(n);
        foreach (var (name, category) in Categories)
            if (!string.IsNullOrEmpty(category)) values[name] = JsonSerializer.SerializeToElement(category);
        foreach (var (name, flag) in Flags) values[name] = JsonSerializer.SerializeToElement(flag);
        return values;
    }
}
