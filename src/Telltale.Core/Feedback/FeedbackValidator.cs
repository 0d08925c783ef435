using System.Text.Json;

namespace Telltale.Core.Feedback;

/// <summary>Turns what a client posted into a normalised record, or names every problem.</summary>
public static class FeedbackValidator
{
    public sealed record Posted(string? Kind, string? TraceId, string? SpanId, string? SessionId, string? UserId, string? System,
        JsonElement? Value, string? Comment, string? OriginalText, string? EditedText, DateTimeOffset? Time);

    public static (FeedbackRecord? Record, IReadOnlyList<string> Errors) Normalize(Posted p, string id, DateTimeOffset now)
    {
        var errors = new List<string>();
        var kind = p.Kind?.Trim().ToLowerInvariant();
        if (kind is null || !FeedbackKinds.All.Contains(kind))
            errors.Add($"'kind' must be one of {string.Join(", ", FeedbackKinds.All)}; got '{p.Kind}'.");
        if (p.TraceId is null && p.SessionId is null && p.UserId is null)
            errors.Add("Link the feedback to something: give 'traceId', 'sessionId' or 'userId'.");
        if (p.TraceId is { } t && (t.Length != 32 || !t.All(Uri.IsHexDigit)))
            errors.Add($"'traceId' must be 32 hex characters; got '{t}'.");
        if (p.Comment is { Length: > 10_000 }) errors.Add("'comment' must be at most 10,000 characters.");

        double? value = null;
        if (kind is not null && errors.Count == 0)
            value = ValueOf(kind, p, errors);
        if (errors.Count > 0) return (null, errors);

        return (new FeedbackRecord
        {
            Id = id,
            Kind = kind!,
            TraceId = p.TraceId?.ToLowerInvariant(),
            SpanId = p.SpanId?.ToLowerInvariant(),
            SessionId = p.SessionId,
            UserId = p.UserId,
            System = p.System,
            Value = value,
            Comment = p.Comment,
            OriginalText = p.OriginalText,
            EditedText = p.EditedText,
            Time = p.Time?.ToUniversalTime() ?? now,
        }, errors);
    }

    private static double? ValueOf(string kind, Posted p, List<string> errors)
    {
        var v = p.Value;
        switch (kind)
        {
            case FeedbackKinds.Thumbs:
                if (v is { ValueKind: JsonValueKind.String } s && s.GetString() is "up" or "down") return s.GetString() == "up" ? 1 : 0;
                if (v is { ValueKind: JsonValueKind.True }) return 1;
                if (v is { ValueKind: JsonValueKind.False }) return 0;
                if (v is { ValueKind: JsonValueKind.Number } n && n.GetDouble() is 1 or 0 or -1) return n.GetDouble() > 0 ? 1 : 0;
                errors.Add("'value' of thumbs must be \"up\", \"down\", true, false, 1, 0 or -1.");
                return null;
            case FeedbackKinds.Rating or FeedbackKinds.Csat:
                if (v is { ValueKind: JsonValueKind.Number } r && r.GetDouble() is >= 1 and <= 5) return r.GetDouble();
                errors.Add($"'value' of {kind} must be a number from 1 to 5.");
                return null;
            case FeedbackKinds.Edit:
                if (p.EditedText is null) errors.Add("An edit needs 'editedText' (and 'originalText', or a 'traceId' whose answer was edited).");
                return null; // computed once the original is known
            default:
                if (v is null or { ValueKind: JsonValueKind.Null or JsonValueKind.True }) return 1;
                if (v is { ValueKind: JsonValueKind.False }) return 0;
                errors.Add($"'value' of {kind} must be true, false or absent.");
                return null;
        }
    }
}
