using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Telltale.Core.Serialization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Telltale.Core.Alerting;

/// <summary>
/// Alert rules kept in a YAML file (reviewed and versioned with the application), in the same shape as the API's
/// JSON: <c>project</c> (name or id, optional) and <c>rules</c>, a list of rules.
/// </summary>
public static class AlertRulesYaml
{
    public sealed record RulesFile(string? Project, IReadOnlyList<AlertRule> Rules);

    private sealed record RulesDocument(string? Project, List<JsonElement>? Rules);

    /// <exception cref="FormatException">With every problem found, each naming the rule it concerns.</exception>
    public static RulesFile Parse(string yaml)
    {
        JsonNode? json;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            json = stream.Documents.Count == 0 ? null : ToJson(stream.Documents[0].RootNode);
        }
        catch (YamlException ex)
        {
            throw new FormatException($"Not valid YAML at line {ex.Start.Line}: {ex.Message}", ex);
        }
        var document = json?.Deserialize<RulesDocument>(TelltaleJson.Options) ?? throw new FormatException("The file has no 'rules'.");
        if (document.Rules is null || document.Rules.Count == 0) throw new FormatException("The file has no 'rules'.");

        var rules = new List<AlertRule>();
        var errors = new List<string>();
        for (var i = 0; i < document.Rules.Count; i++)
        {
            var label = $"rule {i + 1}";
            try
            {
                var rule = document.Rules[i].Deserialize<AlertRule>(TelltaleJson.Options)!;
                label = $"rule {i + 1} ('{rule.Id}')";
                var problems = AlertRuleValidator.Validate(rule);
                if (problems.Count > 0) errors.Add($"{label}: {string.Join(" ", problems)}");
                else rules.Add(rule);
            }
            catch (JsonException ex)
            {
                errors.Add($"{label}: {ex.Message}");
            }
        }
        var duplicates = rules.GroupBy(r => r.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0) errors.Add($"rule ids must be unique; repeated: {string.Join(", ", duplicates)}.");
        if (errors.Count > 0) throw new FormatException(string.Join(Environment.NewLine, errors));
        return new RulesFile(document.Project, rules);
    }

    /// <summary>Plain scalars that read as numbers, booleans or null become those; quoted ones stay strings.</summary>
    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(kv =>
            KeyValuePair.Create(((YamlScalarNode)kv.Key).Value ?? "", ToJson(kv.Value)))),
        YamlSequenceNode list => new JsonArray(list.Children.Select(ToJson).ToArray()),
        YamlScalarNode { Style: ScalarStyle.Plain } s => Plain(s.Value),
        YamlScalarNode s => JsonValue.Create(s.Value),
        _ => null,
    };

    private static JsonNode? Plain(string? text) => text switch
    {
        null or "~" or "null" or "" => null,
        "true" or "True" => JsonValue.Create(true),
        "false" or "False" => JsonValue.Create(false),
        _ when long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) => JsonValue.Create(l),
        _ when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => JsonValue.Create(d),
        _ => JsonValue.Create(text),
    };
}
