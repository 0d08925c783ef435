namespace Telltale.Bench.Generation;

/// <summary>The systems, models and tools the generated traffic is drawn from, shared by every generator.</summary>
public static class WorkloadCatalog
{
    public sealed record ServiceProfile(string Name, string Version, string Environment, string Agent);

    /// <summary>A model as requested and as answered (providers pin a dated version), and its provider.</summary>
    public sealed record ModelProfile(string Provider, string Requested, string Answered);

    public sealed record ToolProfile(string Name, string Description, string ArgumentName);

    public static readonly ServiceProfile[] Services =
    [
        new("support-bot", "2.14.0", "production", "support_agent"),
        new("search-assistant", "1.3.2", "production", "research_agent"),
        new("code-review-agent", "0.9.7", "production", "reviewer"),
        new("invoice-extractor", "3.0.1", "production", "extractor"),
        new("sales-copilot", "1.21.0", "staging", "sales_agent"),
        new("doc-summarizer", "4.2.0", "production", "summarizer"),
    ];

    public static readonly ModelProfile[] ChatModels =
    [
        new("openai", "gpt-4o", "gpt-4o-2024-08-06"),
        new("openai", "gpt-4o-mini", "gpt-4o-mini-2024-07-18"),
        new("openai", "gpt-4.1", "gpt-4.1-2025-04-14"),
        new("anthropic", "claude-sonnet-4-5", "claude-sonnet-4-5-20250929"),
        new("anthropic", "claude-haiku-4-5", "claude-haiku-4-5-20251001"),
        new("gcp.gemini", "gemini-2.5-flash", "gemini-2.5-flash"),
        new("aws.bedrock", "amazon.nova-pro-v1:0", "amazon.nova-pro-v1:0"),
        new("mistral_ai", "mistral-large-latest", "mistral-large-2411"),
    ];

    public static readonly ModelProfile EmbeddingModel = new("openai", "text-embedding-3-small", "text-embedding-3-small");

    public static readonly ToolProfile[] Tools =
    [
        new("get_weather", "Current weather for a city", "city"),
        new("lookup_order", "Order status by order number", "order_id"),
        new("search_kb", "Search the knowledge base", "query"),
        new("create_ticket", "Open a support ticket", "summary"),
        new("run_sql", "Run a read-only SQL query", "sql"),
        new("fetch_invoice", "Fetch an invoice PDF as text", "invoice_id"),
    ];

    public static readonly string[] FinishReasons = ["stop", "stop", "stop", "stop", "stop", "stop", "length", "content_filter"];
}
