namespace Telltale.Core.Alerting.Notifications;

/// <summary>Mutes notifications for alerts matching all <see cref="Match"/> labels between two times; the alerts
/// themselves still fire and show.</summary>
public sealed record Silence
{
    public string Id { get; init; } = "";
    public required IReadOnlyDictionary<string, string> Match { get; init; }
    public required DateTimeOffset StartsAt { get; init; }
    public required DateTimeOffset EndsAt { get; init; }
    public string? Comment { get; init; }
    public string? CreatedBy { get; init; }

    public bool Mutes(AlertRecord alert, DateTimeOffset at) =>
        at >= StartsAt && at < EndsAt && AlertLabels.Matches(alert, Match);
}
