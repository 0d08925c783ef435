using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Telltale.Core.Alerting;
using Telltale.Core.Alerting.Incidents;
using Telltale.Core.Alerting.Notifications;
using Telltale.Core.Projects;

namespace Telltale.Server.Alerting;

/// <summary>
/// Sends alert changes to the channels whose routing matches, unless a silence mutes them. Every attempt is in the
/// delivery log; an event already delivered to a channel is never sent again (so a restart does not re-announce),
/// and a still-firing alert is repeated on the channel's repeat interval.
/// </summary>
public sealed class NotificationDispatcher
{
    private readonly INotificationStore _store;
    private readonly IAlertStore _alerts;
    private readonly Dictionary<string, INotifier> _notifiers;
    private readonly TimeProvider _time;
    private readonly ResiliencePipeline _retry;
    private readonly Uri _publicUrl;
    private readonly IncidentTracker _incidents;

    public NotificationDispatcher(INotificationStore store, IAlertStore alerts, IEnumerable<INotifier> notifiers,
        IncidentTracker incidents, IOptions<AlertingOptions> options, TimeProvider time)
    {
        _incidents = incidents;
        _store = store;
        _alerts = alerts;
        _notifiers = notifiers.ToDictionary(n => n.Type, StringComparer.OrdinalIgnoreCase);
        _time = time;
        _publicUrl = new Uri(options.Value.PublicUrl.TrimEnd('/') + "/");
        _retry = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.Value.NotificationRetries,
                BackoffType = DelayBackoffType.Exponential,
                Delay = TimeSpan.FromMilliseconds(options.Value.NotificationRetryDelayMs),
                ShouldHandle = new PredicateBuilder().Handle<Exception>(ex => ex is not OperationCanceledException),
            })
            .Build();
    }

    public async Task DispatchAsync(string projectId, IReadOnlyList<AlertRecord> changes, CancellationToken ct)
    {
        if (changes.Count == 0) return;
        var channels = await _store.ListChannelsAsync(projectId, ct);
        var silences = await _store.ListSilencesAsync(projectId, ct);
        foreach (var channel in channels)
        {
            var due = new List<(AlertRecord Alert, string Event)>();
            foreach (var alert in changes)
            {
                var eventName = alert.State == AlertRecord.Resolved ? AlertNotification.Resolved : AlertNotification.Firing;
                if (!Routes(channel, alert) || (eventName == AlertNotification.Resolved && !channel.SendResolved)) continue;
                if (await _store.LastDeliveredAsync(projectId, channel.Id, alert.Id, eventName, ct) is not null) continue;
                due.Add((alert, eventName));
            }
            foreach (var group in GroupsFor(channel, due))
                await DeliverAsync(projectId, channel, group.Alerts, group.Event, silences, ct);
        }
    }

    /// <summary>Re-sends firing alerts whose last delivery to a channel is older than its repeat interval.</summary>
    public async Task RepeatAsync(string projectId, CancellationToken ct)
    {
        var channels = (await _store.ListChannelsAsync(projectId, ct)).Where(c => c.RepeatInterval > TimeSpan.Zero).ToList();
        if (channels.Count == 0) return;
        var silences = await _store.ListSilencesAsync(projectId, ct);
        var now = _time.GetUtcNow();
        var firing = await _alerts.ListAlertsAsync(projectId, AlertRecord.Firing, 1000, ct);
        foreach (var channel in channels)
        {
            var due = new List<(AlertRecord Alert, string Event)>();
            foreach (var alert in firing.Where(a => Routes(channel, a)))
                if (await _store.LastDeliveredAsync(projectId, channel.Id, alert.Id, null, ct) is { } last && now - last >= channel.RepeatInterval)
                    due.Add((alert, AlertNotification.Repeat));
            foreach (var group in GroupsFor(channel, due))
                await DeliverAsync(projectId, channel, group.Alerts, group.Event, silences, ct);
        }
    }

    /// <summary>One message per alert, or per event and value of the channel's group-by labels; most severe first.</summary>
    private static IEnumerable<(string Event, IReadOnlyList<AlertRecord> Alerts)> GroupsFor(NotificationChannel channel,
        IReadOnlyList<(AlertRecord Alert, string Event)> due)
    {
        if (channel.GroupBy.Count == 0 || channel.Type == "pagerduty")
            return due.Select(d => (d.Event, (IReadOnlyList<AlertRecord>)[d.Alert]));
        return due
            .GroupBy(d => d.Event + "\u0001" + string.Join('\u0001', channel.GroupBy.Select(label => AlertLabels.Of(d.Alert).GetValueOrDefault(label))))
            .Select(g => (g.First().Event, (IReadOnlyList<AlertRecord>)g.Select(d => d.Alert)
                .OrderByDescending(a => a.Severity).ThenBy(a => a.StartedAt).ToList()));
    }

    private async Task DeliverAsync(string projectId, NotificationChannel channel, IReadOnlyList<AlertRecord> group, string eventName,
        IReadOnlyList<Silence> silences, CancellationToken ct)
    {
        var now = _time.GetUtcNow();
        var alerts = new List<AlertRecord>();
        foreach (var alert in group)
        {
            if (silences.Any(s => s.Mutes(alert, now))) await Log(projectId, channel, alert, eventName, 0, NotificationDelivery.Silenced, null, ct);
            else alerts.Add(alert);
        }
        if (alerts.Count == 0) return;
        if (!_notifiers.TryGetValue(channel.Type, out var notifier))
        {
            foreach (var alert in alerts)
                await Log(projectId, channel, alert, eventName, 0, NotificationDelivery.Failed, $"No notifier for type '{channel.Type}'.", ct);
            return;
        }

        var first = alerts[0];
        var notification = new AlertNotification(first, eventName, new Uri(_publicUrl, $"alerts?id={first.Id}"),
            first.ExampleTraceIds.Select(id => new Uri(_publicUrl, $"traces/{id}")).ToList()) { Alerts = alerts };
        var attempt = 0;
        try
        {
            await _retry.ExecuteAsync(async token =>
            {
                attempt++;
                try
                {
                    await notifier.SendAsync(channel, notification, token);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    foreach (var alert in alerts) await Log(projectId, channel, alert, eventName, attempt, NotificationDelivery.Failed, ex.Message, token);
                    throw;
                }
            }, ct);
            foreach (var alert in alerts)
            {
                await Log(projectId, channel, alert, eventName, attempt, NotificationDelivery.Delivered, null, ct);
                await _incidents.NoteForAlertAsync(projectId, alert.Id, "notified",
                    $"{eventName} notification sent to {channel.Name} ({channel.Type}){(alerts.Count > 1 ? $", grouped with {alerts.Count - 1} other alert(s)" : "")}.", ct);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Every attempt is already in the delivery log; the next evaluation does not retry a given-up event.
        }
    }

    private static bool Routes(NotificationChannel channel, AlertRecord alert) =>
        alert.Severity >= channel.MinSeverity && AlertLabels.Matches(alert, channel.Match);

    private Task Log(string projectId, NotificationChannel channel, AlertRecord alert, string eventName, int attempt, string status,
        string? error, CancellationToken ct) =>
        _store.AddDeliveryAsync(projectId,
            new NotificationDelivery(ApiKeySecrets.NewId(), channel.Id, alert.Id, eventName, attempt, status, error, _time.GetUtcNow()), ct);
}
