using System.Data.Common;
using Telltale.Core.Alerting.Notifications;
using Telltale.Core.Serialization;

namespace Telltale.Storage.DuckDb;

/// <summary>Notification channels, silences (JSON documents) and the delivery log.</summary>
public sealed class DuckDbNotificationStore(DuckDbDatabase database) : INotificationStore
{
    public Task<IReadOnlyList<NotificationChannel>> ListChannelsAsync(string projectId, CancellationToken ct) =>
        Documents<NotificationChannel>("notification_channels", "channel", projectId);

    public Task SaveChannelAsync(string projectId, NotificationChannel channel, CancellationToken ct) =>
        SaveDocument("notification_channels", projectId, channel.Id, TelltaleJson.Serialize(channel));

    public Task<bool> DeleteChannelAsync(string projectId, string channelId, CancellationToken ct) =>
        Task.FromResult(database.Execute("DELETE FROM notification_channels WHERE project_id = $1 AND id = $2", projectId, channelId) > 0);

    public Task<IReadOnlyList<Silence>> ListSilencesAsync(string projectId, CancellationToken ct) =>
        Documents<Silence>("silences", "silence", projectId);

    public Task SaveSilenceAsync(string projectId, Silence silence, CancellationToken ct) =>
        SaveDocument("silences", projectId, silence.Id, TelltaleJson.Serialize(silence));

    public Task<bool> DeleteSilenceAsync(string projectId, string silenceId, CancellationToken ct) =>
        Task.FromResult(database.Execute("DELETE FROM silences WHERE project_id = $1 AND id = $2", projectId, silenceId) > 0);

    public Task AddDeliveryAsync(string projectId, NotificationDelivery d, CancellationToken ct)
    {
        database.Execute("INSERT INTO notification_deliveries VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            projectId, d.Id, d.ChannelId, d.AlertId, d.Event, d.Attempt, d.Status, d.Error, d.Time);
        return Task.CompletedTask;
    }

    public Task<DateTimeOffset?> LastDeliveredAsync(string projectId, string channelId, string alertId, string? eventName, CancellationToken ct) =>
        Task.FromResult(database.Query("SELECT max(time) FROM notification_deliveries WHERE project_id = $1 AND channel_id = $2 AND alert_id = $3 " +
                              "AND status = 'delivered' AND ($4::VARCHAR IS NULL OR event = $4::VARCHAR)",
            r => r.IsDBNull(0) ? (DateTimeOffset?)null : r.GetFieldValue<DateTimeOffset>(0).ToUniversalTime(),
            projectId, channelId, alertId, eventName).FirstOrDefault());

    public Task<IReadOnlyList<NotificationDelivery>> ListDeliveriesAsync(string projectId, string? alertId, int limit, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<NotificationDelivery>>(database.Query(
            "SELECT id, channel_id, alert_id, event, attempt, status, error, time FROM notification_deliveries " +
            "WHERE project_id = $1 AND ($2::VARCHAR IS NULL OR alert_id = $2::VARCHAR) ORDER BY time DESC, id LIMIT $3",
            r => new NotificationDelivery(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt32(4), r.GetString(5),
                r.IsDBNull(6) ? null : r.GetString(6), r.GetFieldValue<DateTimeOffset>(7).ToUniversalTime()),
            projectId, alertId, limit));

    private Task<IReadOnlyList<T>> Documents<T>(string table, string column, string projectId) =>
        Task.FromResult<IReadOnlyList<T>>(database.Query($"SELECT {column} FROM {table} WHERE project_id = $1 ORDER BY id",
            r => TelltaleJson.Deserialize<T>(r.GetString(0))!, projectId));

    private Task SaveDocument(string table, string projectId, string id, string json)
    {
        database.SaveDocument(table, projectId, id, json);
        return Task.CompletedTask;
    }
}
