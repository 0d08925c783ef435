namespace Telltale.Core.Alerting.Notifications;

/// <summary>One message about one alert, or a group of alerts that changed together: they fired, are still firing
/// (a repeat), or resolved. <see cref="Alert"/> is the first (most severe) of <see cref="Alerts"/>.</summary>
/// <param name="Event">firing, repeat or resolved.</param>
/// <param name="AlertUrl">Where the alert can be seen.</param>
public sealed record AlertNotification(AlertRecord Alert, string Event, Uri? AlertUrl, IReadOnlyList<Uri> TraceUrls)
{
    /// <summary>Every alert in this message; just <see cref="Alert"/> unless the channel groups.</summary>
    public IReadOnlyList<AlertRecord> Alerts { get; init; } = [Alert];

    /// <summary>The alerts after the first, which grouped messages list below it.</summary>
    public IEnumerable<AlertRecord> Others => Alerts.Skip(1);

    public const string Firing = "firing";
    public const string Repeat = "repeat";
    public const string Resolved = "resolved";

    /// <summary>One line: severity, rule and value.</summary>
    public string Summary => $"[{(Event == Resolved ? "RESOLVED" : Alert.Severity.ToString().ToUpperInvariant())}] {Alert.RuleName}" +
                             (Alerts.Count > 1 ? $" and {Alerts.Count - 1} more" : "") +
                             (Alert.System is null ? "" : $" ({Alert.System})");
}

/// <summary>A single-method seam per channel type. Contract: throws on a failed delivery (so it can be retried),
/// returns normally once the receiver accepted the message.</summary>
public interface INotifier
{
    string Type { get; }

    Task SendAsync(NotificationChannel channel, AlertNotification notification, CancellationToken ct);
}
