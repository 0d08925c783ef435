namespace Telltale.Core.Querying;

/// <summary>
/// A dimension metrics can be grouped or filtered by: one of the lifted span fields, any span attribute
/// (<c>attr.&lt;key&gt;</c>) or resource attribute (<c>resource.&lt;key&gt;</c>), or the intent the trace was tagged
/// with. Storage backends render it per dialect.
/// </summary>
public sealed record MetricDimension(string Name, DimensionSource Source, string Key)
{
    /// <summary>The newest intent tag of the span's trace; null for a trace not tagged (yet).</summary>
    public static readonly MetricDimension Intent = new("intent", DimensionSource.Intent, "intent");

    /// <summary>Lifted fields by their public name.</summary>
    public static readonly IReadOnlyDictionary<string, string> Fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["system"] = "system",
        ["model"] = "model",
        ["provider"] = "provider",
        ["environment"] = "environment",
        ["version"] = "service_version",
        ["user"] = "user_id",
        ["session"] = "session_id",
        ["feature"] = "feature",
        ["kind"] = "kind",
        ["operation"] = "operation",
        ["status"] = "status",
    };

    public static bool TryParse(string text, out MetricDimension? dimension, out string? error)
    {
        dimension = null;
        error = null;
        text = text.Trim();
        if (text.StartsWith("attr.", StringComparison.OrdinalIgnoreCase) && text.Length > 5)
            dimension = new MetricDimension(text, DimensionSource.SpanAttribute, text[5..]);
        else if (text.StartsWith("resource.", StringComparison.OrdinalIgnoreCase) && text.Length > 9)
            dimension = new MetricDimension(text, DimensionSource.ResourceAttribute, text[9..]);
        else if (text.Equals(Intent.Name, StringComparison.OrdinalIgnoreCase))
            dimension = Intent;
        else if (Fields.TryGetValue(text, out var column))
            dimension = new MetricDimension(text.ToLowerInvariant(), DimensionSource.Field, column);
        else
            error = $"Unknown dimension '{text}'. Use one of {string.Join(", ", Fields.Keys)}, {Intent.Name}, attr.<key> or resource.<key>.";
        return dimension is not null;
    }
}

public enum DimensionSource
{
    Field,
    SpanAttribute,
    ResourceAttribute,

    /// <summary>Not a span column: joined from the trace intents.</summary>
    Intent,
}
