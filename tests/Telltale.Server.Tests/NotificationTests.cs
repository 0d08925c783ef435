using System.Net;
using System.Net.Http.Json;
using Telltale.Core.Alerting;
using Telltale.Core.Alerting.Notifications;
using Telltale.Otlp.Proto.Trace;
using Telltale.Server.Alerting.Notifiers;
using Telltale.Server.Tests.Infrastructure;
using static Telltale.Server.Tests.Infrastructure.OtlpRequests;

namespace Telltale.Server.Tests;

/// <summary>Every notifier against a real receiver on loopback: payload shapes, the webhook signature, retries,
/// resolved notifications, no duplicates, silences, and email to a real SMTP server.</summary>
public class NotificationTests
{
    private const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private const string RoutingKey = "R0UT1NGK3YR0UT1NGK3YR0UT1NGK3Y00";

    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Telltale:Alerting:EvaluationDelaySeconds"] = "0",
        ["Telltale:Alerting:IntervalSeconds"] = "3600",
        ["Telltale:Alerting:NotificationRetryDelayMs"] = "10",
        ["Telltale:Alerting:DefaultRules"] = "false",
        ["Telltale:Alerting:PublicUrl"] = "https://telltale.example",
    };

    private const string ErrorRateRule = """
        {"id":"error-rate","name":"Error rate above 5 %","metric":"errorRate","groupBy":["system"],"window":"10m",
         "condition":{"type":"static","direction":"up","threshold":0.05,"recovery":0.04},"minSamples":20,"severity":"critical"}
        """;

    private static async Task SendAsync(TelltaleTestServer telltale, int ok, int errors)
    {
        var spans = Enumerable.Range(0, ok + errors).Select(i =>
        {
            var span = ChatSpan();
            if (i < errors) span.Status = new Status { Code = Status.Types.StatusCode.Error, Message = "upstream 500" };
            return span;
        }).ToArray();
        Assert.Equal(HttpStatusCode.OK, (await telltale.Client.PostAsync("/v1/traces", Protobuf(Traces("support-bot", spans)))).StatusCode);
    }

    private static async Task EvaluateAsync(TelltaleTestServer telltale) =>
        Assert.Equal(HttpStatusCode.OK, (await telltale.Client.PostAsync("/api/v1/alert-rules/evaluate", null)).StatusCode);

    private static async Task AddChannelAsync(TelltaleTestServer telltale, object channel) =>
        Assert.Equal(HttpStatusCode.Created, (await telltale.Client.PostAsJsonAsync("/api/v1/notification-channels", channel)).StatusCode);

    [Fact]
    public async Task Each_notifier_delivers_firing_and_resolved_once_in_its_receivers_format()
    {
        await using var receiver = await RecordingReceiver.StartAsync();
        using var smtp = await SmtpTestServer.StartAsync();
        await using var telltale = await TelltaleTestServer.StartAsync(Settings);
        await telltale.Client.PostAsync("/api/v1/alert-rules", Json(ErrorRateRule));
        await AddChannelAsync(telltale, new { id = "hook", name = "hook", type = "webhook", url = receiver.Url("/hook"), secret = Secret });
        await AddChannelAsync(telltale, new { id = "slack", name = "slack", type = "slack", url = receiver.Url("/slack") });
        await AddChannelAsync(telltale, new { id = "pd", name = "pd", type = "pagerduty", url = receiver.Url("/pd"), routingKey = RoutingKey });
        await AddChannelAsync(telltale, new { id = "teams", name = "teams", type = "teams", url = receiver.Url("/teams") });
        await AddChannelAsync(telltale, new
        {
            id = "mail", name = "mail", type = "email",
            email = new { smtpHost = "127.0.0.1", smtpPort = smtp.Port, useTls = false, from = "telltale@example.com", to = new[] { "oncall@example.com" } },
        });
        receiver.FailNext("/teams", 2); // retried with backoff, then delivered

        await SendAsync(telltale, ok: 40, errors: 10);
        await EvaluateAsync(telltale);
        await EvaluateAsync(telltale); // still firing: nothing new is sent

        var hook = Assert.Single(receiver.At("/hook"));
        Assert.Equal("alert.firing", hook.Json.GetProperty("type").GetString());
        Assert.Equal("error-rate", hook.Json.GetProperty("data").GetProperty("alert").GetProperty("ruleId").GetString());
        var expected = WebhookNotifier.Signature(Secret, hook.Headers["webhook-id"], hook.Headers["webhook-timestamp"], hook.Body);
        Assert.Equal("v1," + expected, hook.Headers["webhook-signature"]);
        Assert.InRange(long.Parse(hook.Headers["webhook-timestamp"]), DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.ToUnixTimeSeconds());

        var slack = Assert.Single(receiver.At("/slack")).Json;
        Assert.StartsWith("[CRITICAL] Error rate above 5 %", slack.GetProperty("text").GetString());
        Assert.Equal("header", slack.GetProperty("blocks")[0].GetProperty("type").GetString());
        Assert.Contains("errorRate for system=support-bot is 0.2", slack.GetProperty("blocks")[1].GetProperty("text").GetProperty("text").GetString());

        var pd = Assert.Single(receiver.At("/pd")).Json;
        Assert.Equal(RoutingKey, pd.GetProperty("routing_key").GetString());
        Assert.Equal("trigger", pd.GetProperty("event_action").GetString());
        Assert.Equal("critical", pd.GetProperty("payload").GetProperty("severity").GetString());
        Assert.Equal("support-bot", pd.GetProperty("payload").GetProperty("source").GetString());
        var dedupKey = pd.GetProperty("dedup_key").GetString();

        var teams = Assert.Single(receiver.At("/teams")).Json;
        Assert.Equal("application/vnd.microsoft.card.adaptive", teams.GetProperty("attachments")[0].GetProperty("contentType").GetString());
        Assert.Equal("AdaptiveCard", teams.GetProperty("attachments")[0].GetProperty("content").GetProperty("type").GetString());

        Assert.Contains("Subject: [CRITICAL] Error rate above 5 % (support-bot)", smtp.Received);
        Assert.Contains("oncall@example.com", smtp.Received);
        Assert.Contains("https://telltale.example/traces/", smtp.Received);

        var deliveries = await telltale.GetAsync<List<NotificationDelivery>>("/api/v1/notification-deliveries");
        Assert.Equal(2, deliveries.Count(d => d.ChannelId == "teams" && d.Status == NotificationDelivery.Failed));
        Assert.Contains(deliveries, d => d.ChannelId == "teams" && d.Status == NotificationDelivery.Delivered && d.Attempt == 3);
        Assert.Contains("500", deliveries.First(d => d.Status == NotificationDelivery.Failed).Error);

        await SendAsync(telltale, ok: 300, errors: 0);
        await EvaluateAsync(telltale);

        Assert.Equal("alert.resolved", receiver.At("/hook")[1].Json.GetProperty("type").GetString());
        var resolve = receiver.At("/pd")[1].Json;
        Assert.Equal("resolve", resolve.GetProperty("event_action").GetString());
        Assert.Equal(dedupKey, resolve.GetProperty("dedup_key").GetString());
        Assert.Equal(2, receiver.At("/slack").Count);
    }

    [Fact]
    public async Task Silences_and_routing_keep_notifications_from_channels_they_do_not_concern()
    {
        await using var receiver = await RecordingReceiver.StartAsync();
        await using var telltale = await TelltaleTestServer.StartAsync(Settings);
        await telltale.Client.PostAsync("/api/v1/alert-rules", Json(ErrorRateRule));
        await AddChannelAsync(telltale, new { id = "quiet", name = "quiet", type = "slack", url = receiver.Url("/quiet") });
        await AddChannelAsync(telltale, new { id = "other-team", name = "other", type = "slack", url = receiver.Url("/other"), match = new { system = "billing-bot" } });
        await AddChannelAsync(telltale, new { id = "info-only", name = "info", type = "slack", url = receiver.Url("/nothing-critical"), minSeverity = "critical" });
        var silence = await telltale.Client.PostAsJsonAsync("/api/v1/silences", new
        {
            match = new { system = "support-bot", rule = "error-rate" },
            startsAt = DateTimeOffset.UtcNow.AddMinutes(-1), endsAt = DateTimeOffset.UtcNow.AddHours(1), comment = "known incident",
        });
        Assert.Equal(HttpStatusCode.Created, silence.StatusCode);

        await SendAsync(telltale, ok: 40, errors: 10);
        await EvaluateAsync(telltale);

        Assert.Single(await telltale.GetAsync<List<AlertRecord>>("/api/v1/alerts?state=firing"));
        Assert.Empty(receiver.At("/quiet"));
        Assert.Empty(receiver.At("/other"));
        Assert.Empty(receiver.At("/nothing-critical"));
        var deliveries = await telltale.GetAsync<List<NotificationDelivery>>("/api/v1/notification-deliveries");
        Assert.Contains(deliveries, d => d.ChannelId == "quiet" && d.Status == NotificationDelivery.Silenced);
        Assert.DoesNotContain(deliveries, d => d.ChannelId == "other-team");
    }

    [Fact]
    public async Task Alerts_that_fire_together_for_one_system_go_out_as_one_grouped_message_but_pagerduty_gets_each()
    {
        await using var receiver = await RecordingReceiver.StartAsync();
        await using var telltale = await TelltaleTestServer.StartAsync(Settings);
        await telltale.Client.PostAsync("/api/v1/alert-rules", Json(ErrorRateRule));
        await telltale.Client.PostAsync("/api/v1/alert-rules", Json("""
            {"id":"volume","name":"Traffic seen","metric":"count","groupBy":["system"],"window":"10m",
             "condition":{"type":"static","direction":"up","threshold":10},"severity":"warning"}
            """));
        await AddChannelAsync(telltale, new { id = "grouped", name = "grouped", type = "webhook", url = receiver.Url("/grouped"), groupBy = new[] { "system" } });
        await AddChannelAsync(telltale, new { id = "slack", name = "slack", type = "slack", url = receiver.Url("/slack"), groupBy = new[] { "system" } });
        await AddChannelAsync(telltale, new { id = "pd", name = "pd", type = "pagerduty", url = receiver.Url("/pd"), routingKey = RoutingKey, groupBy = new[] { "system" } });
        await SendAsync(telltale, ok: 40, errors: 10);

        await EvaluateAsync(telltale);

        var grouped = Assert.Single(receiver.At("/grouped")).Json.GetProperty("data");
        Assert.Equal(["error-rate", "volume"], grouped.GetProperty("alerts").EnumerateArray().Select(a => a.GetProperty("ruleId").GetString()));
        Assert.Contains("and 1 more", grouped.GetProperty("summary").GetString()); // the critical alert first, then "and 1 more"
        var slack = Assert.Single(receiver.At("/slack")).Json;
        Assert.Contains(slack.GetProperty("blocks").EnumerateArray(), b => b.ToString().Contains("Traffic seen"));
        Assert.Equal(2, receiver.At("/pd").Count); // one trigger per alert, each with its own dedup key
        var deliveries = await telltale.GetAsync<List<NotificationDelivery>>("/api/v1/notification-deliveries");
        Assert.Equal(2, deliveries.Count(d => d.ChannelId == "grouped" && d.Status == NotificationDelivery.Delivered)); // logged per alert

        await EvaluateAsync(telltale); // nothing new: no second grouped message
        Assert.Single(receiver.At("/grouped"));
    }

    [Fact]
    public async Task A_restart_does_not_notify_a_firing_alert_twice()
    {
        await using var receiver = await RecordingReceiver.StartAsync();
        var dataDir = Directory.CreateTempSubdirectory("telltale-notify-restart-").FullName;
        await using (var telltale = await TelltaleTestServer.StartAsync(Settings, dataDir, keepData: true))
        {
            await telltale.Client.PostAsync("/api/v1/alert-rules", Json(ErrorRateRule));
            await AddChannelAsync(telltale, new { id = "hook", name = "hook", type = "webhook", url = receiver.Url("/hook"), secret = Secret });
            await SendAsync(telltale, ok: 40, errors: 10);
            await EvaluateAsync(telltale);
        }
        await using (var restarted = await TelltaleTestServer.StartAsync(Settings, dataDir))
            await EvaluateAsync(restarted);

        Assert.Single(receiver.At("/hook"));
    }

    [Fact]
    public async Task A_still_firing_alert_is_repeated_after_the_channels_repeat_interval()
    {
        await using var receiver = await RecordingReceiver.StartAsync();
        await using var telltale = await TelltaleTestServer.StartAsync(Settings);
        await telltale.Client.PostAsync("/api/v1/alert-rules", Json(ErrorRateRule));
        await AddChannelAsync(telltale, new { id = "hook", name = "hook", type = "webhook", url = receiver.Url("/hook"), repeatInterval = "1s" });
        await SendAsync(telltale, ok: 40, errors: 10);

        await EvaluateAsync(telltale);
        await EvaluateAsync(telltale); // within the interval: nothing
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        await EvaluateAsync(telltale);

        Assert.Equal(["alert.firing", "alert.repeat"], receiver.At("/hook").Select(r => r.Json.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task Channels_missing_what_their_type_needs_are_400()
    {
        await using var telltale = await TelltaleTestServer.StartAsync(Settings);

        var noUrl = await telltale.Client.PostAsJsonAsync("/api/v1/notification-channels", new { name = "s", type = "slack" });
        var noKey = await telltale.Client.PostAsJsonAsync("/api/v1/notification-channels", new { name = "p", type = "pagerduty" });
        var badType = await telltale.Client.PostAsJsonAsync("/api/v1/notification-channels", new { name = "x", type = "pigeon", url = "http://x" });

        Assert.Contains("needs 'url'", await noUrl.Content.ReadAsStringAsync());
        Assert.Contains("needs 'routingKey'", await noKey.Content.ReadAsStringAsync());
        Assert.Contains("'type' must be one of", await badType.Content.ReadAsStringAsync());
        Assert.All([noUrl, noKey, badType], r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
    }
}
