using System.Text.Json;
using Json.Schema;

namespace Telltale.Core.Evaluation.Scoring;

/// <summary>A compiled JSON Schema (JsonSchema.Net) and the check of an answer against it, with the first errors
/// put in words. Each check has its own schema registry, so two evaluators may use schemas with the same $id.</summary>
public sealed class JsonSchemaCheck
{
    private readonly JsonSchema _schema;

    private JsonSchemaCheck(JsonSchema schema) => _schema = schema;

    public static (JsonSchemaCheck? Check, string? Error) Compile(JsonElement schema)
    {
        if (schema.ValueKind is not (JsonValueKind.Object or JsonValueKind.True or JsonValueKind.False))
            return (null, "'schema' must be a JSON Schema object.");
        try
        {
            return (new JsonSchemaCheck(JsonSchema.Build(schema, new BuildOptions { SchemaRegistry = new SchemaRegistry() })), null);
        }
        catch (Exception ex) when (ex is JsonException or JsonSchemaException or ArgumentException or InvalidOperationException)
        {
            return (null, $"'schema' is not a usable JSON Schema: {ex.Message}");
        }
    }

    /// <returns>Whether the text is JSON that conforms, and why not when it does not.</returns>
    public (bool Conforms, string Reason) Check(string text)
    {
        JsonElement instance;
        try
        {
            using var doc = JsonDocument.Parse(JsonAnswer.Unfence(text));
            instance = doc.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            return (false, $"Not valid JSON: {ex.Message}");
        }
        var results = _schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid) return (true, "Conforms to the schema.");
        var errors = (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{(d.InstanceLocation.ToString() is { Length: > 0 } at ? at : "/")}: {e.Value}"))
            .Take(3).ToList();
        return (false, errors.Count == 0 ? "Does not conform to the schema." : "Does not conform: " + string.Join("; ", errors));
    }
}
