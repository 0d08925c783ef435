using Telltale.Core.Alerting;
using Telltale.Core.Alerting.Notifications;

namespace Telltale.Server.Alerting.Notifiers;

/// <summary>PagerDuty Events API v2: trigger on firing, resolve on resolved, with the alert id as dedup key so the
/// resolve closes the incident the trigger opened (and a repeat does not open a second one).</summary>
public sealed class PagerDutyNotifier(IHttpClientFactory http) : HttpNotifier(http)
{
    public static readonly Uri DefaultUrl = new("https://events.pagerduty.com/v2/enqueue");

    public override string Type => "pagerduty";

    public override Task SendAsync(NotificationChannel channel, AlertNotification n, CancellationToken ct)
    {
        var routingKey = channel.RoutingKey ?? throw new InvalidOperationException("The PagerDuty channel has no routing key.");
        var dedupKey = $"telltale-{n.Alert.Id}";
        object body = n.Event == AlertNotification.Resolved
            ? new { routing_key = routingKey, event_action = "resolve", dedup_key = dedupKey }
            : new
            {
                routing_key = routingKey,
                event_action = "trigger",
                dedup_key = dedupKey,
                payload = new
                {
                    summary = Limit(n.Summary + ": " + n.Alert.Context, 1024),
                    source = n.Alert.System ?? "telltale",
                    severity = n.Alert.Severity switch { AlertSeverity.Critical => "critical", AlertSeverity.Warning => "warning", _ => "info" },
                    timestamp = n.Alert.StartedAt,
                    component = n.Alert.System,
                    group = n.Alert.RuleId,
                    @class = n.Alert.Metric,
                    custom_details = new { n.Alert.Value, n.Alert.NormalValue, n.Alert.Group, n.Alert.ConcentratedIn, n.Alert.ExampleTraceIds },
                },
                links = n.TraceUrls.Select((u, i) => new { href = u, text = $"Example trace {i + 1}" })
                    .Concat(n.AlertUrl is null ? [] : [new { href = n.AlertUrl, text = "Alert in Telltale" }]),
                client = "Telltale",
            };
        return PostAsync(channel.Url ?? DefaultUrl, body, ct);
    }

    private static string Limit(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
