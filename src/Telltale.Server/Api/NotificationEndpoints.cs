using System.Text.Json;
using Telltale.Core.Alerting.Notifications;
using Telltale.Core.Projects;
using Telltale.Core.Serialization;
using Telltale.Server.Auth;

namespace Telltale.Server.Api;

/// <summary>Notification channels, silences and the delivery log.</summary>
public static class NotificationEndpoints
{
    public static void MapNotifications(this IEndpointRouteBuilder api)
    {
        var channels = api.MapGroup("/notification-channels").WithTags("Alerting").RequireApiScope(ApiScope.Admin);
        channels.MapGet("", (RequestPrincipal who, INotificationStore store, CancellationToken ct) => store.ListChannelsAsync(who.ProjectId, ct));
        channels.MapPost("", async (HttpRequest req, RequestPrincipal who, INotificationStore store, CancellationToken ct) =>
        {
            var channel = (await ReadAsync<NotificationChannel>(req, ct)).Normalized();
            var error = NotificationValidator.Channel(channel);
            if (error is not null) throw new ApiBadRequestException(error);
            await store.SaveChannelAsync(who.ProjectId, channel, ct);
            return Results.Created($"/api/v1/notification-channels/{channel.Id}", channel);
        }).WithSummary("Add a channel: type webhook (url, secret), slack (url), pagerduty (routingKey, url), teams (url) or email (email{…}); minSeverity, match, sendResolved, repeatInterval.");
        channels.MapDelete("/{id}", async (string id, RequestPrincipal who, INotificationStore store, CancellationToken ct) =>
            await store.DeleteChannelAsync(who.ProjectId, id, ct) ? Results.NoContent() : Results.Problem(detail: $"No channel '{id}'.", statusCode: 404));

        var silences = api.MapGroup("/silences").WithTags("Alerting");
        silences.MapGet("", (RequestPrincipal who, INotificationStore store, CancellationToken ct) => store.ListSilencesAsync(who.ProjectId, ct))
            .RequireApiScope(ApiScope.Read);
        silences.MapPost("", async (HttpRequest req, RequestPrincipal who, INotificationStore store, CancellationToken ct) =>
        {
            var silence = await ReadAsync<Silence>(req, ct);
            if (NotificationValidator.Silence(silence) is { } problem) throw new ApiBadRequestException(problem);
            silence = silence with { Id = string.IsNullOrWhiteSpace(silence.Id) ? ApiKeySecrets.NewId() : silence.Id };
            await store.SaveSilenceAsync(who.ProjectId, silence, ct);
            return Results.Created($"/api/v1/silences/{silence.Id}", silence);
        }).RequireApiScope(ApiScope.Admin).WithSummary("Mute notifications for alerts matching all labels in 'match' between startsAt and endsAt.");
        silences.MapDelete("/{id}", async (string id, RequestPrincipal who, INotificationStore store, CancellationToken ct) =>
                await store.DeleteSilenceAsync(who.ProjectId, id, ct) ? Results.NoContent() : Results.Problem(detail: $"No silence '{id}'.", statusCode: 404))
            .RequireApiScope(ApiScope.Admin);

        api.MapGet("/notification-deliveries", (HttpRequest req, RequestPrincipal who, INotificationStore store, CancellationToken ct) =>
                store.ListDeliveriesAsync(who.ProjectId, QueryParameters.Text(req, "alert"), QueryParameters.Int(req, "limit", 100, 1, 1000), ct))
            .RequireApiScope(ApiScope.Read).WithTags("Alerting").WithSummary("The delivery log: every attempt, delivered, failed (with the error) or silenced.");
    }

    private static async Task<T> ReadAsync<T>(HttpRequest req, CancellationToken ct)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(req.Body, TelltaleJson.Options, ct) ?? throw new ApiBadRequestException("A body is required.");
        }
        catch (JsonException ex)
        {
            throw new ApiBadRequestException($"The body is not valid: {ex.Message}");
        }
    }
}
