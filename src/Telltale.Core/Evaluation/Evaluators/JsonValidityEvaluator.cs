using System.Text.Json;

namespace Telltale.Core.Evaluation.Evaluators;

/// <summary>For calls that asked for JSON (<c>gen_ai.output.type</c> json, or an answer that looks like JSON): does it parse?</summary>
public sealed class JsonValidityEvaluator : IEvaluator
{
    public string Name => "json_valid";
    public string Version => "1";

    public EvaluationResult? Evaluate(EvaluationInput input)
    {
        var answer = JsonAnswer.Unfence(input.Answer);
        var wantsJson = input.Call.AttributesJson.Contains("\"gen_ai.output.type\":\"json\"", StringComparison.Ordinal)
                        || answer.StartsWith('{') || answer.StartsWith('[');
        if (!wantsJson || answer.Length == 0) return null;
        try
        {
            using var _ = JsonDocument.Parse(answer);
            return new EvaluationResult(Name, 1, "valid", "The answer parses as JSON.");
        }
        catch (JsonException ex)
        {
            return new EvaluationResult(Name, 0, "invalid", $"Not valid JSON: {ex.Message}");
        }
    }
}
