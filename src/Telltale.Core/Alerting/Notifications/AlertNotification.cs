namespace Telltale.Core.Alerting.Notifications;

/// <summary>One message about one alert: it fired, it is still firing (a repeat), or it resolved.</summary>
/// <param name="Event">firing, repeat or resolved.</param>
/// <param name="AlertUrl">Where the alert can be seen (the API now, the dashboard once it exists).</param>
public sealed record AlertNotification(AlertRecord Alert, string Event, Uri? AlertUrl, IReadOnlyList<Uri> TraceUrls)
{
    public const string Firing = "firing";
    public const string Repeat = "repeat";
    public const string Resolved = "resolved";

    /// <summary>One line: severity, rule and value.</summary>
    public string Summary => $"[{(Event == Resolved ? "RESOLVED" : Alert.Severity.ToString().ToUpperInvariant())}] {Alert.RuleName}" +
                             (Alert.System is null ? "" : $" ({Alert.System})");
}

/// <summary>A single-method seam per channel type. Contract: throws on a failed delivery (so it can be retried),
/// returns normally once the receiver accepted the message.</summary>
public interface INotifier
{
    string Type { get; }

    Task SendAsync(NotificationChannel channel, AlertNotification notification, CancellationToken ct);
}
