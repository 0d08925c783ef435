using Google.Protobuf;

namespace Telltale.Ingestion.Pipeline;

/// <summary>Validation of OTLP trace and span ids: exact lengths and not all zeros, as the specification requires.</summary>
internal static class OtlpIds
{
    public static string? TraceIdError(ByteString id) => Check(id, 16, "trace_id");

    public static string? SpanIdError(ByteString id) => Check(id, 8, "span_id");

    public static string? ParentIdError(ByteString id) => id.IsEmpty ? null : Check(id, 8, "parent_span_id");

    /// <summary>Log records may carry no trace context at all; if they do, it must be well formed.</summary>
    public static string? OptionalTraceIdError(ByteString id) => id.IsEmpty ? null : TraceIdError(id);

    public static string? OptionalSpanIdError(ByteString id) => id.IsEmpty ? null : SpanIdError(id);

    public static string? Hex(ByteString id) => id.IsEmpty ? null : Convert.ToHexStringLower(id.Span);

    private static string? Check(ByteString id, int length, string field)
    {
        if (id.Length != length) return $"{field} must be {length} bytes, got {id.Length}";
        foreach (var b in id.Span)
            if (b != 0) return null;
        return $"{field} must not be all zeros";
    }
}
