namespace Telltale.Server;

/// <summary>What http://localhost:4318/ shows until the dashboard lands: where to send data and where the API is.</summary>
internal static class LandingPage
{
    public const string Html = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>Telltale</title>
        <style>body{font-family:system-ui,sans-serif;max-width:46rem;margin:3rem auto;line-height:1.5;padding:0 1rem}
        code{background:#f2f2f2;padding:0 .25rem}</style></head>
        <body>
        <h1>Telltale is running</h1>
        <p>Send OpenTelemetry data here: OTLP/HTTP at <code>/v1/traces</code>, <code>/v1/logs</code>, <code>/v1/metrics</code>
        on this port, OTLP/gRPC on port 4317, with <code>Authorization: Bearer &lt;key&gt;</code>
        (<code>OTEL_EXPORTER_OTLP_HEADERS=Authorization=Bearer%20&lt;key&gt;</code>).</p>
        <p>Query API: <a href="/openapi/v1.json">/openapi/v1.json</a> describes <code>/api/v1/systems</code>,
        <code>/api/v1/traces</code>, <code>/api/v1/metrics</code> and the rest. Health: <a href="/healthz">/healthz</a>,
        <a href="/readyz">/readyz</a>, Prometheus <a href="/metrics">/metrics</a>.</p>
        <p>The dashboard is being built; until then the API serves every figure.</p>
        </body></html>
        """;
}
