using System.Security.Cryptography;
using System.Text;
using Telltale.Core.Alerting.Notifications;

namespace Telltale.Server.Alerting.Notifiers;

/// <summary>
/// A generic webhook signed per Standard Webhooks: <c>webhook-id</c>, <c>webhook-timestamp</c> (Unix seconds) and
/// <c>webhook-signature</c> = <c>v1,</c> + base64(HMAC-SHA256(secret, "id.timestamp.body")), where the secret is the
/// base64 after <c>whsec_</c>. The id is stable per alert event, so receivers can drop retries they already have.
/// </summary>
public sealed class WebhookNotifier(IHttpClientFactory http, TimeProvider time) : HttpNotifier(http)
{
    public override string Type => "webhook";

    public override Task SendAsync(NotificationChannel channel, AlertNotification n, CancellationToken ct)
    {
        var body = new
        {
            type = $"alert.{n.Event}",
            timestamp = time.GetUtcNow(),
            data = new { alert = n.Alert, alerts = n.Alerts, summary = n.Summary, alertUrl = n.AlertUrl, traceUrls = n.TraceUrls },
        };
        // The id names the event and every alert in it, so a retry of the same message keeps its id.
        var id = string.Join('+', n.Alerts.Select(a => a.Id)) + $"-{n.Event}";
        return PostAsync(channel.Url, body, ct, (request, json) => Sign(request, json, channel.Secret, id));
    }

    private void Sign(HttpRequestMessage request, string json, string? secret, string id)
    {
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        request.Headers.Add("webhook-id", id);
        request.Headers.Add("webhook-timestamp", timestamp);
        if (secret is null) return;
        request.Headers.Add("webhook-signature", "v1," + Signature(secret, id, timestamp, json));
    }

    public static string Signature(string secret, string id, string timestamp, string body)
    {
        var key = Convert.FromBase64String(secret.StartsWith("whsec_", StringComparison.Ordinal) ? secret[6..] : secret);
        return Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}")));
    }
}
