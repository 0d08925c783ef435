namespace Telltale.Web.Services;

/// <summary>A starting point per channel type, so nobody has to remember each one's fields.</summary>
public static class ChannelTemplates
{
    public static readonly IReadOnlyDictionary<string, string> ByType = new Dictionary<string, string>
    {
        ["webhook"] = """
            { "name": "on-call webhook", "type": "webhook", "url": "https://hooks.example.com/telltale",
              "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "minSeverity": "warning", "groupBy": ["system"], "repeatInterval": "4h" }
            """,
        ["slack"] = """
            { "name": "#ai-alerts", "type": "slack", "url": "https://hooks.slack.com/services/T000/B000/XXXX",
              "minSeverity": "warning", "groupBy": ["system"] }
            """,
        ["pagerduty"] = """
            { "name": "PagerDuty AI on-call", "type": "pagerduty", "routingKey": "<integration key>", "minSeverity": "critical" }
            """,
        ["teams"] = """
            { "name": "Teams AI channel", "type": "teams", "url": "https://example.webhook.office.com/workflows/…", "groupBy": ["system"] }
            """,
        ["email"] = """
            { "name": "AI team email", "type": "email", "minSeverity": "warning",
              "email": { "smtpHost": "smtp.example.com", "smtpPort": 587, "from": "telltale@example.com", "to": ["ai-team@example.com"] } }
            """,
    };
}
