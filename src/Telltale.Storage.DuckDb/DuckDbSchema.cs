namespace Telltale.Storage.DuckDb;

/// <summary>
/// The embedded schema. Spans keep the normalized fields as columns (what metrics group and filter by) and the
/// variable parts (messages, documents, attributes) as JSON text. No primary keys: DuckDB's appender is the fast
/// path and constraint checks would slow it; ids are unique by construction of the OTLP senders.
/// <para>
/// Content columns (messages, documents, tool calls, attribute JSON: kilobytes a span) are stored with ZSTD. Left to
/// DuckDB, they were FSST-compressed, and building FSST symbol tables at every automatic checkpoint was the largest
/// single cost of ingest; ZSTD costs less and the file is ~40 % smaller. ZSTD needs storage version 1.2 or later,
/// hence <see cref="DuckDbDatabase.StorageVersion"/>.
/// </para>
/// </summary>
internal static class DuckDbSchema
{
    /// <summary>2: content columns compressed with ZSTD in a v1.5 storage file. Files of version 1 are refused
    /// (see <see cref="IncompatibleDataFileException"/>): there are no users to migrate yet.</summary>
    public const int Version = 2;

    public const string Create = """
        CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);

        CREATE TABLE IF NOT EXISTS projects (
            id VARCHAR NOT NULL, name VARCHAR NOT NULL, created_at TIMESTAMPTZ NOT NULL);

        CREATE TABLE IF NOT EXISTS api_keys (
            id VARCHAR NOT NULL, project_id VARCHAR NOT NULL, name VARCHAR NOT NULL, scopes INTEGER NOT NULL,
            prefix VARCHAR NOT NULL, secret_hash VARCHAR NOT NULL, created_at TIMESTAMPTZ NOT NULL,
            revoked_at TIMESTAMPTZ);

        CREATE TABLE IF NOT EXISTS users (
            id VARCHAR NOT NULL, username VARCHAR NOT NULL, password_hash VARCHAR NOT NULL, created_at TIMESTAMPTZ NOT NULL,
            last_sign_in_at TIMESTAMPTZ);

        CREATE TABLE IF NOT EXISTS settings (
            project_id VARCHAR NOT NULL, name VARCHAR NOT NULL, value VARCHAR NOT NULL, updated_at TIMESTAMPTZ NOT NULL);

        CREATE TABLE IF NOT EXISTS systems (
            project_id VARCHAR NOT NULL, name VARCHAR NOT NULL, environment VARCHAR, version VARCHAR,
            first_seen TIMESTAMPTZ NOT NULL);

        CREATE TABLE IF NOT EXISTS models_seen (
            project_id VARCHAR NOT NULL, system VARCHAR NOT NULL, model VARCHAR NOT NULL, first_seen TIMESTAMPTZ NOT NULL);

        CREATE TABLE IF NOT EXISTS change_events (
            id VARCHAR NOT NULL, project_id VARCHAR NOT NULL, system VARCHAR, kind VARCHAR NOT NULL, title VARCHAR NOT NULL,
            description VARCHAR, time TIMESTAMPTZ NOT NULL, source VARCHAR NOT NULL, attributes VARCHAR NOT NULL);

        CREATE TABLE IF NOT EXISTS alert_rules (
            project_id VARCHAR NOT NULL, id VARCHAR NOT NULL, rule VARCHAR NOT NULL, updated_at TIMESTAMPTZ NOT NULL);

        CREATE TABLE IF NOT EXISTS alert_states (
            project_id VARCHAR NOT NULL, rule_id VARCHAR NOT NULL, group_key VARCHAR NOT NULL, state VARCHAR NOT NULL);

        CREATE TABLE IF NOT EXISTS alerts (
            project_id VARCHAR NOT NULL, id VARCHAR NOT NULL, rule_id VARCHAR NOT NULL, group_key VARCHAR NOT NULL,
            state VARCHAR NOT NULL, started_at TIMESTAMPTZ NOT NULL, alert VARCHAR NOT NULL);

        CREATE TABLE IF NOT EXISTS notification_channels (
            project_id VARCHAR NOT NULL, id VARCHAR NOT NULL, channel VARCHAR NOT NULL);

        CREATE TABLE IF NOT EXISTS silences (
            project_id VARCHAR NOT NULL, id VARCHAR NOT NULL, silence VARCHAR NOT NULL);

        CREATE TABLE IF NOT EXISTS notification_deliveries (
            project_id VARCHAR NOT NULL, id VARCHAR NOT NULL, channel_id VARCHAR NOT NULL, alert_id VARCHAR NOT NULL,
            event VARCHAR NOT NULL, attempt INTEGER NOT NULL, status VARCHAR NOT NULL, error VARCHAR, time TIMESTAMPTZ NOT NULL);

        CREATE TABLE IF NOT EXISTS incidents (
            project_id VARCHAR NOT NULL, id VARCHAR NOT NULL, status VARCHAR NOT NULL, opened_at TIMESTAMPTZ NOT NULL,
            incident VARCHAR NOT NULL);

        CREATE TABLE IF NOT EXISTS feedback (
            project_id VARCHAR NOT NULL, id VARCHAR NOT NULL, kind VARCHAR NOT NULL, trace_id VARCHAR, span_id VARCHAR,
            session_id VARCHAR, user_id VARCHAR, system VARCHAR, value DOUBLE, comment VARCHAR, original_text VARCHAR,
            edited_text VARCHAR, time TIMESTAMPTZ NOT NULL);

        CREATE TABLE IF NOT EXISTS scores (
            project_id VARCHAR NOT NULL, id VARCHAR NOT NULL, name VARCHAR NOT NULL, data_type VARCHAR NOT NULL,
            numeric_value DOUBLE, string_value VARCHAR, trace_id VARCHAR, span_id VARCHAR, session_id VARCHAR,
            system VARCHAR, comment VARCHAR, source VARCHAR NOT NULL, time TIMESTAMPTZ NOT NULL);

        CREATE TABLE IF NOT EXISTS score_configs (
            project_id VARCHAR NOT NULL, id VARCHAR NOT NULL, config VARCHAR NOT NULL);

        CREATE TABLE IF NOT EXISTS review_items (
            project_id VARCHAR NOT NULL, id VARCHAR NOT NULL, trace_id VARCHAR NOT NULL, system VARCHAR NOT NULL,
            session_id VARCHAR, stratum VARCHAR NOT NULL, trace_time TIMESTAMPTZ NOT NULL, week_start TIMESTAMPTZ NOT NULL,
            weight DOUBLE NOT NULL, weight_score DOUBLE, sampled_at TIMESTAMPTZ NOT NULL, status VARCHAR NOT NULL,
            assignee VARCHAR, completed_at TIMESTAMPTZ, completed_by VARCHAR, comment VARCHAR);

        CREATE TABLE IF NOT EXISTS trace_intents (
            project_id VARCHAR NOT NULL, trace_id VARCHAR NOT NULL, session_id VARCHAR, system VARCHAR NOT NULL,
            intent VARCHAR NOT NULL, confidence DOUBLE NOT NULL, source VARCHAR NOT NULL, time TIMESTAMPTZ NOT NULL,
            tagged_at TIMESTAMPTZ NOT NULL);

        CREATE TABLE IF NOT EXISTS datasets (
            project_id VARCHAR NOT NULL, id VARCHAR NOT NULL, name VARCHAR NOT NULL, description VARCHAR,
            version INTEGER NOT NULL, created_at TIMESTAMPTZ NOT NULL, updated_at TIMESTAMPTZ NOT NULL);

        CREATE TABLE IF NOT EXISTS dataset_items (
            project_id VARCHAR NOT NULL, dataset_id VARCHAR NOT NULL, id VARCHAR NOT NULL, seq BIGINT NOT NULL,
            input VARCHAR NOT NULL, reference_output VARCHAR, intent VARCHAR, metadata VARCHAR NOT NULL, source_trace_id VARCHAR,
            added_in_version INTEGER NOT NULL, removed_in_version INTEGER);

        CREATE TABLE IF NOT EXISTS canaries (
            project_id VARCHAR NOT NULL, id VARCHAR NOT NULL, canary VARCHAR NOT NULL);

        CREATE TABLE IF NOT EXISTS canary_runs (
            project_id VARCHAR NOT NULL, id VARCHAR NOT NULL, canary_id VARCHAR NOT NULL, status VARCHAR NOT NULL,
            started_at TIMESTAMPTZ NOT NULL, finished_at TIMESTAMPTZ, run VARCHAR USING COMPRESSION zstd NOT NULL);
        -- The run without its per-item results, for lists and rules (a run of 200 items is ~100 KB of JSON).
        ALTER TABLE canary_runs ADD COLUMN IF NOT EXISTS summary VARCHAR;

        CREATE TABLE IF NOT EXISTS spans (
            project_id VARCHAR NOT NULL,
            trace_id VARCHAR NOT NULL,
            span_id VARCHAR NOT NULL,
            parent_span_id VARCHAR,
            name VARCHAR NOT NULL,
            kind VARCHAR NOT NULL,
            otel_kind TINYINT NOT NULL,
            start_time TIMESTAMP NOT NULL,
            start_ns BIGINT NOT NULL,
            end_ns BIGINT NOT NULL,
            duration_ms DOUBLE NOT NULL,
            status VARCHAR NOT NULL,
            status_message VARCHAR,
            error_type VARCHAR,
            system VARCHAR NOT NULL,
            environment VARCHAR,
            service_version VARCHAR,
            scope_name VARCHAR,
            operation VARCHAR,
            provider VARCHAR,
            request_model VARCHAR,
            response_model VARCHAR,
            model VARCHAR,
            input_tokens BIGINT,
            output_tokens BIGINT,
            cache_read_tokens BIGINT,
            cache_write_tokens BIGINT,
            reasoning_tokens BIGINT,
            tokens_estimated BOOLEAN NOT NULL,
            cost_usd DECIMAL(18, 9),
            ttft_ms DOUBLE,
            http_status INTEGER,
            is_fallback BOOLEAN NOT NULL,
            rate_limited BOOLEAN NOT NULL,
            session_id VARCHAR,
            user_id VARCHAR,
            feature VARCHAR,
            tags VARCHAR,
            finish_reasons VARCHAR,
            input_messages VARCHAR USING COMPRESSION zstd,
            output_messages VARCHAR USING COMPRESSION zstd,
            input_value VARCHAR USING COMPRESSION zstd,
            output_value VARCHAR USING COMPRESSION zstd,
            tool VARCHAR USING COMPRESSION zstd,
            documents VARCHAR USING COMPRESSION zstd,
            attributes VARCHAR USING COMPRESSION zstd NOT NULL,
            resource_attributes VARCHAR USING COMPRESSION zstd NOT NULL,
            events VARCHAR NOT NULL);

        CREATE TABLE IF NOT EXISTS log_records (
            project_id VARCHAR NOT NULL, system VARCHAR NOT NULL, trace_id VARCHAR, span_id VARCHAR,
            time_ns BIGINT NOT NULL, severity_number INTEGER NOT NULL, severity_text VARCHAR, event_name VARCHAR,
            body VARCHAR USING COMPRESSION zstd, attributes VARCHAR USING COMPRESSION zstd NOT NULL,
            resource_attributes VARCHAR USING COMPRESSION zstd NOT NULL,
            input_messages VARCHAR USING COMPRESSION zstd, output_messages VARCHAR USING COMPRESSION zstd);

        CREATE TABLE IF NOT EXISTS metric_points (
            project_id VARCHAR NOT NULL, system VARCHAR NOT NULL, name VARCHAR NOT NULL, unit VARCHAR,
            type VARCHAR NOT NULL, start_ns BIGINT NOT NULL, time_ns BIGINT NOT NULL, time TIMESTAMP NOT NULL,
            attributes VARCHAR NOT NULL, value DOUBLE, count BIGINT, sum DOUBLE, min DOUBLE, max DOUBLE,
            buckets VARCHAR, temporality TINYINT NOT NULL);
        """;
}
