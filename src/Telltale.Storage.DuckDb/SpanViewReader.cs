using System.Data.Common;
using Telltale.Core.Model;
using Telltale.Core.Querying;
using Telltale.Core.Serialization;

namespace Telltale.Storage.DuckDb;

/// <summary>Maps stored span rows to <see cref="SpanView"/>. The column list and the ordinals below go together.</summary>
internal static class SpanViewReader
{
    public const string Columns = """
        trace_id, span_id, parent_span_id, name, kind, system, environment, service_version, start_ns, end_ns,
        duration_ms, status, status_message, error_type, operation, provider, model, request_model, response_model,
        input_tokens, output_tokens, cache_read_tokens, cache_write_tokens, reasoning_tokens, tokens_estimated,
        cost_usd, ttft_ms, http_status, is_fallback, session_id, user_id, feature, tags, input_messages,
        output_messages, finish_reasons, input_value, output_value, tool, documents, attributes, resource_attributes,
        events
        """;

    public static SpanView Read(DbDataReader r) => new()
    {
        TraceId = r.GetString(0),
        SpanId = r.GetString(1),
        ParentSpanId = Str(r, 2),
        Name = r.GetString(3),
        Kind = r.GetString(4),
        System = r.GetString(5),
        Environment = Str(r, 6),
        ServiceVersion = Str(r, 7),
        StartUnixNano = r.GetInt64(8),
        StartTime = UnixNanos.ToDateTimeOffset(r.GetInt64(8)),
        EndUnixNano = r.GetInt64(9),
        DurationMs = r.GetDouble(10),
        Status = r.GetString(11),
        StatusMessage = Str(r, 12),
        ErrorType = Str(r, 13),
        Operation = Str(r, 14),
        Provider = Str(r, 15),
        Model = Str(r, 16),
        RequestModel = Str(r, 17),
        ResponseModel = Str(r, 18),
        InputTokens = Long(r, 19),
        OutputTokens = Long(r, 20),
        CacheReadTokens = Long(r, 21),
        CacheWriteTokens = Long(r, 22),
        ReasoningTokens = Long(r, 23),
        TokensEstimated = r.GetBoolean(24),
        CostUsd = r.IsDBNull(25) ? null : r.GetDecimal(25),
        TimeToFirstTokenMs = r.IsDBNull(26) ? null : r.GetDouble(26),
        HttpStatusCode = r.IsDBNull(27) ? null : r.GetInt32(27),
        IsFallback = r.GetBoolean(28),
        SessionId = Str(r, 29),
        UserId = Str(r, 30),
        Feature = Str(r, 31),
        Tags = List<string>(r, 32),
        InputMessages = List<ChatMessage>(r, 33),
        OutputMessages = List<ChatMessage>(r, 34),
        FinishReasons = List<string>(r, 35),
        InputValue = Str(r, 36),
        OutputValue = Str(r, 37),
        Tool = TelltaleJson.Deserialize<ToolInvocation>(Str(r, 38)),
        Documents = List<RetrievedDocument>(r, 39),
        Attributes = TelltaleJson.Element(r.GetString(40)),
        ResourceAttributes = TelltaleJson.Element(r.GetString(41)),
        Events = TelltaleJson.Element(r.GetString(42)),
    };

    private static string? Str(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static long? Long(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt64(i);

    private static IReadOnlyList<T> List<T>(DbDataReader r, int i) =>
        TelltaleJson.Deserialize<List<T>>(Str(r, i)) ?? [];
}
