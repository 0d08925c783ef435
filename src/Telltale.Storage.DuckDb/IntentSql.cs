namespace Telltale.Storage.DuckDb;

/// <summary>
/// How intents join to what is measured, written once: a span, score or feedback item takes the newest tag of its
/// trace; an item linked only to a session takes the intent of the session's opening trace.
/// </summary>
internal static class IntentSql
{
    /// <summary>Trace intents are timed at the start of their trace; a span in a range belongs to a trace that
    /// started at most this long before it.</summary>
    public static readonly TimeSpan TraceSlack = TimeSpan.FromDays(1);

    /// <summary>(trace_id, intent): the newest tag per trace, optionally only of traces started in a window.</summary>
    public static string PerTrace(string project, string? from = null, string? to = null) =>
        "(SELECT trace_id, arg_max(intent, tagged_at) AS intent FROM trace_intents WHERE project_id = " + project +
        (from is null ? "" : $" AND time >= {from}") + (to is null ? "" : $" AND time < {to}") + " GROUP BY trace_id)";

    /// <summary>(session_id, intent): the newest tag of the earliest tagged trace of each session.</summary>
    public static string PerSession(string project) =>
        "(SELECT session_id, arg_min(intent, time) AS intent FROM (SELECT trace_id, arg_max(session_id, tagged_at) AS session_id, " +
        "arg_max(intent, tagged_at) AS intent, min(time) AS time FROM trace_intents WHERE project_id = " + project +
        " AND session_id IS NOT NULL GROUP BY trace_id) GROUP BY session_id)";

    /// <summary>A FROM clause over <paramref name="table"/> (aliased <c>x</c>) with its rows' intent as
    /// <c>x_intent</c>, through their trace or else their session.</summary>
    public static string JoinedTo(string table, string project) =>
        $"{table} x LEFT JOIN {PerTrace(project)} by_trace ON by_trace.trace_id = x.trace_id " +
        $"LEFT JOIN {PerSession(project)} by_session ON by_session.session_id = x.session_id";

    public const string ItemIntent = "coalesce(by_trace.intent, by_session.intent)";
}
