using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Telltale.Core.Alerting.Notifications;

namespace Telltale.Server.Alerting.Notifiers;

/// <summary>Email over SMTP with MailKit: a plain-text message with the context and links.</summary>
public sealed class EmailNotifier : INotifier
{
    public string Type => "email";

    public async Task SendAsync(NotificationChannel channel, AlertNotification n, CancellationToken ct)
    {
        var settings = channel.Email ?? throw new InvalidOperationException("The email channel has no SMTP settings.");
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From));
        foreach (var to in settings.To) message.To.Add(MailboxAddress.Parse(to));
        message.Subject = n.Summary;
        var lines = new List<string> { n.Alert.Context, "" };
        foreach (var other in n.Others) lines.AddRange([$"{other.RuleName} ({other.Severity.ToString().ToLowerInvariant()}): {other.Context}", ""]);
        if (n.AlertUrl is not null) lines.Add($"Alert: {n.AlertUrl}");
        lines.AddRange(n.TraceUrls.Select((u, i) => $"Example trace {i + 1}: {u}"));
        if (n.Alert.RunbookUrl is not null) lines.Add($"Runbook: {n.Alert.RunbookUrl}");
        if (n.Alert.RunbookMarkdown is not null) lines.AddRange(["", n.Alert.RunbookMarkdown]);
        message.Body = new TextPart("plain") { Text = string.Join("\n", lines) };

        using var smtp = new SmtpClient();
        await smtp.ConnectAsync(settings.SmtpHost, settings.SmtpPort, settings.UseTls ? SecureSocketOptions.StartTlsWhenAvailable : SecureSocketOptions.None, ct);
        if (settings.Username is not null) await smtp.AuthenticateAsync(settings.Username, settings.Password ?? "", ct);
        await smtp.SendAsync(message, ct);
        await smtp.DisconnectAsync(quit: true, ct);
    }
}
