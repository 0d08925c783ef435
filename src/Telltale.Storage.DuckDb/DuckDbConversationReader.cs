using Telltale.Core.Model;
using Telltale.Core.Intents;
using Telltale.Core.Querying;
using Telltale.Core.Serialization;
using Telltale.Core.Storage;

namespace Telltale.Storage.DuckDb;

/// <summary>The intent tagger's reads over the embedded store.</summary>
public sealed class DuckDbConversationReader(DuckDbDatabase database) : IConversationReader
{
    /// <summary>Spans of a trace may start a little before the window its first span fell in.</summary>
    private static readonly TimeSpan TraceSlack = TimeSpan.FromHours(1);

    public Task<IReadOnlyList<TraceStart>> ListTraceStartsAsync(string projectId, TimeRange range, int limit, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<TraceStart>>(database.Query("""
            SELECT trace_id, max(session_id), arg_min(system, start_ns), min(start_ns) FROM spans
            WHERE project_id = $1 AND start_time >= $2 AND start_time < $3
            GROUP BY trace_id HAVING min(start_time) >= $4 ORDER BY min(start_ns), trace_id LIMIT $5
            """,
            r => new TraceStart(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetString(2), UnixNanos.ToDateTimeOffset(r.GetInt64(3))),
            projectId, range.From - TraceSlack, range.To, range.From, limit));

    public Task<IReadOnlyDictionary<string, string>> FirstTraceOfSessionsAsync(string projectId, IReadOnlyCollection<string> sessionIds,
        TimeRange range, CancellationToken ct)
    {
        if (sessionIds.Count == 0) return Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>());
        var rows = database.Query("""
            SELECT session_id, arg_min(trace_id, start_ns) FROM spans
            WHERE project_id = $1 AND start_time >= $2 AND start_time < $3 AND session_id IN (SELECT unnest($4::VARCHAR[]))
            GROUP BY session_id
            """, r => (Session: r.GetString(0), Trace: r.GetString(1)), projectId, range.From, range.To, sessionIds.ToArray());
        return Task.FromResult<IReadOnlyDictionary<string, string>>(rows.ToDictionary(r => r.Session, r => r.Trace));
    }

    public Task<IReadOnlyDictionary<string, IReadOnlyList<SpanView>>> OpeningSpansAsync(string projectId, IReadOnlyCollection<string> traceIds,
        TimeRange range, bool declaredOnly, CancellationToken ct)
    {
        if (traceIds.Count == 0) return Task.FromResult<IReadOnlyDictionary<string, IReadOnlyList<SpanView>>>(new Dictionary<string, IReadOnlyList<SpanView>>());
        var ids = traceIds.ToArray();
        // Only what the opening is read from: the answer calls of a RAG application carry kilobytes of output and
        // documents that a full span row would parse for nothing.
        var spans = database.Query(
            "SELECT trace_id, span_id, parent_span_id, name, kind, system, status, start_ns, input_messages, input_value, attributes " +
            "FROM spans WHERE project_id = $1 AND start_time >= $2 AND start_time < $3 " +
            "AND trace_id IN (SELECT unnest($4::VARCHAR[])) AND (($6 AND (kind = 'llm' OR parent_span_id IS NULL)) OR contains(attributes, $5)) " +
            "ORDER BY start_ns, span_id",
            r => new SpanView
            {
                TraceId = r.GetString(0),
                SpanId = r.GetString(1),
                ParentSpanId = r.IsDBNull(2) ? null : r.GetString(2),
                Name = r.GetString(3),
                Kind = r.GetString(4),
                System = r.GetString(5),
                Status = r.GetString(6),
                StartUnixNano = r.GetInt64(7),
                StartTime = UnixNanos.ToDateTimeOffset(r.GetInt64(7)),
                InputMessages = r.IsDBNull(8) ? [] : TelltaleJson.Deserialize<List<ChatMessage>>(r.GetString(8)) ?? [],
                InputValue = r.IsDBNull(9) ? null : r.GetString(9),
                Attributes = TelltaleJson.Element(r.GetString(10)),
            },
            projectId, range.From - TraceSlack, range.To + TraceSlack, ids, $"\"{ConversationOpening.IntentAttribute}\"", !declaredOnly);
        var withMessages = AttachLoggedInput(projectId, spans);
        return Task.FromResult<IReadOnlyDictionary<string, IReadOnlyList<SpanView>>>(withMessages.GroupBy(s => s.TraceId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<SpanView>)g.ToList()));
    }

    /// <summary>Microsoft.Extensions.AI and Semantic Kernel can send the prompt as GenAI log events rather than on the
    /// span; those messages stand in for an LLM call that carries none.</summary>
    private List<SpanView> AttachLoggedInput(string projectId, List<SpanView> spans)
    {
        var bare = spans.Where(s => s.Kind == "llm" && s.InputMessages.Count == 0 && s.InputValue is null).ToList();
        if (bare.Count == 0) return spans;
        var logged = database.Query(
                "SELECT span_id, input_messages FROM log_records WHERE project_id = $1 AND span_id IN (SELECT unnest($2::VARCHAR[])) " +
                "AND input_messages IS NOT NULL ORDER BY time_ns",
                r => (SpanId: r.GetString(0), Input: TelltaleJson.Deserialize<List<ChatMessage>>(r.GetString(1)) ?? []),
                projectId, bare.Select(s => s.SpanId).Distinct().ToArray())
            .ToLookup(l => l.SpanId);
        return spans.Select(s => s.InputMessages.Count == 0 && logged[s.SpanId].Any()
            ? s with { InputMessages = logged[s.SpanId].SelectMany(l => l.Input).ToList() }
            : s).ToList();
    }
}
