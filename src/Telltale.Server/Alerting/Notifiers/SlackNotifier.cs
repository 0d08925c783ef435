using Telltale.Core.Alerting.Notifications;

namespace Telltale.Server.Alerting.Notifiers;

/// <summary>Slack incoming webhook with Block Kit blocks; <c>text</c> is the notification fallback.</summary>
public sealed class SlackNotifier(IHttpClientFactory http) : HttpNotifier(http)
{
    public override string Type => "slack";

    public override Task SendAsync(NotificationChannel channel, AlertNotification n, CancellationToken ct)
    {
        var blocks = new List<object>
        {
            new { type = "header", text = new { type = "plain_text", text = Limit(n.Summary, 150) } },
            new { type = "section", text = new { type = "mrkdwn", text = Limit(n.Alert.Context, 2900) } },
        };
        // A grouped message lists the other alerts below the first; Slack allows 50 blocks, so the list stops at 40.
        blocks.AddRange(n.Others.Take(40).Select(a => (object)new
        {
            type = "section", text = new { type = "mrkdwn", text = Limit($"*{a.RuleName}* ({a.Severity.ToString().ToLowerInvariant()}): {a.Context}", 2900) },
        }));
        var links = new List<string>();
        if (n.AlertUrl is not null) links.Add($"<{n.AlertUrl}|Alert>");
        links.AddRange(n.TraceUrls.Select((u, i) => $"<{u}|Example trace {i + 1}>"));
        if (n.Alert.RunbookUrl is not null) links.Add($"<{n.Alert.RunbookUrl}|Runbook>");
        if (links.Count > 0) blocks.Add(new { type = "context", elements = new[] { new { type = "mrkdwn", text = string.Join(" · ", links) } } });
        return PostAsync(channel.Url, new { text = n.Summary, blocks }, ct);
    }

    private static string Limit(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
