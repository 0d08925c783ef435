using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Telltale.Core.Evaluation.Judging;

/// <summary>
/// Reads a judge's reply: the JSON object it was asked for (also inside a code fence or surrounded by prose), else a
/// bare number, mapped from the judge's scale to [0, 1]. A reply with no score, or one off the scale, is not a verdict.
/// </summary>
public static partial class JudgeVerdictParser
{
    public sealed record Verdict(double Score, string Reason);

    [GeneratedRegex(@"\{[^{}]*\}", RegexOptions.Singleline)]
    private static partial Regex JsonObject();

    [GeneratedRegex(@"-?\d+(\.\d+)?")]
    private static partial Regex Number();

    public static Verdict? Parse(string reply, double min, double max)
    {
        foreach (Match m in JsonObject().Matches(reply))
        {
            try
            {
                using var doc = JsonDocument.Parse(m.Value);
                if (!TryScore(doc.RootElement, out var raw)) continue;
                var reason = doc.RootElement.TryGetProperty("reason", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString()! : "";
                return Scale(raw, min, max, reason);
            }
            catch (JsonException)
            {
                // Prose with braces in it; try the next candidate.
            }
        }
        var number = Number().Match(reply);
        return number.Success && double.TryParse(number.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var bare)
            ? Scale(bare, min, max, reply.Trim().Length > 200 ? reply.Trim()[..200] : reply.Trim())
            : null;
    }

    private static bool TryScore(JsonElement root, out double score)
    {
        score = 0;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("score", out var value)) return false;
        if (value.ValueKind == JsonValueKind.Number) return value.TryGetDouble(out score);
        return value.ValueKind == JsonValueKind.String && double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out score);
    }

    private static Verdict? Scale(double raw, double min, double max, string reason) =>
        raw < min || raw > max || max <= min ? null : new Verdict((raw - min) / (max - min), reason);
}
