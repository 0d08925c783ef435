namespace Telltale.Core.Alerting.Notifications;

/// <summary>What a channel or a silence must have, checked the same way by the API and the dashboard.</summary>
public static class NotificationValidator
{
    public static string? Channel(NotificationChannel c) => c.Type switch
    {
        _ when string.IsNullOrWhiteSpace(c.Name) => "'name' is required.",
        "webhook" or "slack" or "teams" when c.Url is null => $"A {c.Type} channel needs 'url'.",
        "pagerduty" when string.IsNullOrWhiteSpace(c.RoutingKey) => "A pagerduty channel needs 'routingKey'.",
        "email" when c.Email is null || c.Email.To.Count == 0 => "An email channel needs 'email' with smtpHost, from and to.",
        _ when !NotificationChannel.Types.Contains(c.Type) => $"'type' must be one of {string.Join(", ", NotificationChannel.Types)}.",
        _ => null,
    };

    public static string? Silence(Silence s) =>
        s.EndsAt <= s.StartsAt ? "'endsAt' must be after 'startsAt'."
        : s.Match.Count == 0 ? "'match' needs at least one label (rule, system, severity, …)."
        : null;
}
