namespace Telltale.Simulation.Content;

/// <summary>Template pools for "ops-agent", a fictional IT-operations agent: the requests it gets, its tools (what
/// they are called with, what they return, how they fail) and how it reports back.</summary>
public static class AgentContent
{
    public const string SystemPrompt =
        "You are Acme's IT operations agent. Use the tools to investigate before acting. Never restart a production " +
        "service without checking recent deploys. Summarize what you found and what you did in at most five sentences.";

    /// <summary>The extra policy text and tool schemas a later prompt version adds (the prompt-bloat incident).</summary>
    public const string BloatedPromptAddition =
        " Follow the change-management policy v7 in full: classify every action by risk tier, cite the runbook section, " +
        "list affected services, record approvals, and restate the incident timeline before answering.";

    public static readonly string[] Requests =
    [
        "{service} is returning 5xx errors since {time}, please investigate.",
        "Disk usage on {host} is above 90 %, can you clean it up?",
        "{person} cannot connect to the VPN, ticket {ticket}.",
        "Latency on {service} doubled after lunch, what changed?",
        "Please rotate the API key for {service} and update the vault.",
        "Is the nightly backup job on {host} failing again?",
        "Why is the queue for {service} backing up?",
        "Customer-facing checkout is slow, check {service} and its database.",
        "Create a ticket for the certificate on {host} that expires next week.",
        "Restart {service} on {host}, it's stuck after the config push.",
    ];

    public sealed record Tool(string Name, string Description, double FailureRate, string[] Failures);

    public static readonly Tool[] Tools =
    [
        new("search_runbooks", "Search the runbook wiki", 0.02, ["TimeoutError: wiki search did not answer in 10 s"]),
        new("query_metrics", "Query a metric for a service over a window", 0.06,
            ["TimeoutError: metrics backend did not answer in 10 s", "BadRequest: unknown metric name"]),
        new("get_recent_deploys", "List recent deployments of a service", 0.03, ["NotFound: no deploy history for that service"]),
        new("restart_service", "Restart a service on a host", 0.08, ["PermissionDenied: restart_service on production requires an approval"]),
        new("get_ticket", "Read a ticket", 0.03, ["NotFound: no such ticket"]),
        new("create_ticket", "Create a ticket", 0.02, ["ValidationError: priority must be P1-P4"]),
        new("post_slack_message", "Post to a Slack channel", 0.03, ["RateLimited: Slack API returned 429"]),
        new("check_vpn_status", "Check a user's VPN sessions", 0.04, ["TimeoutError: VPN controller unreachable"]),
    ];

    public static readonly string[] Services = ["checkout-api", "payments", "search", "inventory", "auth", "notifications", "orders-db"];
    public static readonly string[] Hosts = ["web-07", "db-02", "worker-13", "cache-01", "batch-04", "edge-11"];
    public static readonly string[] Channels = ["#ops", "#incidents", "#platform", "#it-help"];

    public static readonly string[] Findings =
    [
        "The error rate on {service} rose right after deploy {deploy} at {time}.",
        "Disk usage on {host} is driven by rotated logs that were never compressed.",
        "The VPN session for {person} was rejected because the device certificate expired.",
        "p95 latency on {service} went from 180 ms to 420 ms; the database connection pool is saturated.",
        "The backup job on {host} fails because the target bucket is read-only since yesterday.",
        "The queue for {service} backs up because two consumers crashed with out-of-memory errors.",
        "Nothing unusual in the metrics for {service} over the last 6 hours.",
    ];

    public static readonly string[] Actions =
    [
        "I rolled {service} back to the previous version and the error rate is back to normal.",
        "I compressed the old logs on {host} and freed 41 GB.",
        "I created ticket {ticket} for the network team and posted a summary in {channel}.",
        "I restarted {service} on {host}; it is healthy again.",
        "I did not restart anything, as the runbook requires an approval for production.",
        "I reissued the device certificate and asked the user to reconnect.",
    ];

    public static readonly string[] Closings =
    [
        "Let me know if you want me to follow up.", "I'll keep an eye on it for the next hour.", "Ticket updated.",
        "No further action needed right now.",
    ];
}
