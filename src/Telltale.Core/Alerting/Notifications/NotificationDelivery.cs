namespace Telltale.Core.Alerting.Notifications;

/// <summary>One attempt to deliver one notification: the delivery log, in which failures are visible.</summary>
/// <param name="Status">delivered, failed or silenced.</param>
public sealed record NotificationDelivery(
    string Id, string ChannelId, string AlertId, string Event, int Attempt, string Status, string? Error, DateTimeOffset Time)
{
    public const string Delivered = "delivered";
    public const string Failed = "failed";
    public const string Silenced = "silenced";
}

/// <summary>Channels, silences and the delivery log of a project.</summary>
public interface INotificationStore
{
    Task<IReadOnlyList<NotificationChannel>> ListChannelsAsync(string projectId, CancellationToken ct);
    Task SaveChannelAsync(string projectId, NotificationChannel channel, CancellationToken ct);
    Task<bool> DeleteChannelAsync(string projectId, string channelId, CancellationToken ct);

    Task<IReadOnlyList<Silence>> ListSilencesAsync(string projectId, CancellationToken ct);
    Task SaveSilenceAsync(string projectId, Silence silence, CancellationToken ct);
    Task<bool> DeleteSilenceAsync(string projectId, string silenceId, CancellationToken ct);

    Task AddDeliveryAsync(string projectId, NotificationDelivery delivery, CancellationToken ct);

    /// <summary>When this alert's event last reached this channel; null if it never did.</summary>
    Task<DateTimeOffset?> LastDeliveredAsync(string projectId, string channelId, string alertId, string? eventName, CancellationToken ct);

    Task<IReadOnlyList<NotificationDelivery>> ListDeliveriesAsync(string projectId, string? alertId, int limit, CancellationToken ct);
}
