using Telltale.Core.Alerting.Notifications;

namespace Telltale.Server.Alerting.Notifiers;

/// <summary>Microsoft Teams through a Workflows webhook, which accepts Adaptive Cards only.</summary>
public sealed class TeamsNotifier(IHttpClientFactory http) : HttpNotifier(http)
{
    public override string Type => "teams";

    public override Task SendAsync(NotificationChannel channel, AlertNotification n, CancellationToken ct)
    {
        var facts = new List<object> { new { title = "Severity", value = n.Alert.Severity.ToString() } };
        if (n.Alert.System is not null) facts.Add(new { title = "System", value = n.Alert.System });
        if (n.Alert.Value is { } v) facts.Add(new { title = "Value", value = v.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture) });
        facts.Add(new { title = "Since", value = n.Alert.StartedAt.ToString("u") });
        var actions = n.TraceUrls.Select((u, i) => new { type = "Action.OpenUrl", title = $"Example trace {i + 1}", url = u })
            .Concat(n.AlertUrl is null ? [] : [new { type = "Action.OpenUrl", title = "Alert", url = n.AlertUrl }]).ToList();
        var card = new Dictionary<string, object>
        {
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["type"] = "AdaptiveCard",
            ["version"] = "1.2",
            ["body"] = new object[]
            {
                new { type = "TextBlock", text = n.Summary, weight = "Bolder", size = "Medium", wrap = true },
                new { type = "TextBlock", text = n.Alert.Context, wrap = true },
                new { type = "FactSet", facts },
            }.Concat(n.Others.Select(a => (object)new
            {
                type = "TextBlock", wrap = true, text = $"**{a.RuleName}** ({a.Severity.ToString().ToLowerInvariant()}): {a.Context}",
            })).ToArray(),
            ["actions"] = actions,
        };
        var message = new
        {
            type = "message",
            attachments = new[] { new { contentType = "application/vnd.microsoft.card.adaptive", contentUrl = (string?)null, content = card } },
        };
        return PostAsync(channel.Url, message, ct);
    }
}
