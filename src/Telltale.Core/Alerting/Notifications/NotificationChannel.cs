namespace Telltale.Core.Alerting.Notifications;

/// <summary>Where alerts go, and which ones: a webhook, Slack, PagerDuty, Microsoft Teams or email.</summary>
public sealed record NotificationChannel
{
    public string Id { get; init; } = "";
    public required string Name { get; init; }

    /// <summary>webhook, slack, pagerduty, teams or email.</summary>
    public required string Type { get; init; }

    /// <summary>The endpoint for webhook, Slack, PagerDuty (Events API v2 enqueue URL) and Teams (workflow URL).</summary>
    public Uri? Url { get; init; }

    /// <summary>Standard Webhooks signing secret (<c>whsec_</c> + base64) for webhook channels.</summary>
    public string? Secret { get; init; }

    /// <summary>PagerDuty integration (routing) key.</summary>
    public string? RoutingKey { get; init; }

    public EmailSettings? Email { get; init; }

    /// <summary>Only alerts at least this severe are sent here.</summary>
    public AlertSeverity MinSeverity { get; init; } = AlertSeverity.Info;

    /// <summary>Only alerts whose system / rule / group labels equal these values (all must match).</summary>
    public IReadOnlyDictionary<string, string> Match { get; init; } = new Dictionary<string, string>();

    public bool SendResolved { get; init; } = true;

    /// <summary>
    /// Alerts of one evaluation round that share these labels (e.g. <c>system</c>) go out as one message listing them
    /// all, so an outage that trips five rules pages once. Empty sends one message per alert. PagerDuty is never
    /// grouped here: each alert needs its own dedup key to be resolved, and PagerDuty groups incidents itself.
    /// </summary>
    public IReadOnlyList<string> GroupBy { get; init; } = [];

    /// <summary>Re-send a still-firing alert this often; zero never repeats.</summary>
    public TimeSpan RepeatInterval { get; init; } = TimeSpan.FromHours(4);

    /// <summary>As stored: an id (a new one when none was given) and the type in lower case.</summary>
    public NotificationChannel Normalized() => this with
    {
        Id = string.IsNullOrWhiteSpace(Id) ? Projects.ApiKeySecrets.NewId() : Id,
        Type = Type.ToLowerInvariant(),
    };

    public static readonly IReadOnlyList<string> Types = ["webhook", "slack", "pagerduty", "teams", "email"];
}

public sealed record EmailSettings
{
    public required string SmtpHost { get; init; }
    public int SmtpPort { get; init; } = 587;
    public bool UseTls { get; init; } = true;
    public string? Username { get; init; }
    public string? Password { get; init; }
    public required string From { get; init; }
    public required IReadOnlyList<string> To { get; init; }
}
