using System.Net.Http.Json;
using System.Text.Json;
using Telltale.Core.Alerting.Notifications;

namespace Telltale.Server.Alerting.Notifiers;

/// <summary>Shared by the HTTP notifiers: POST a JSON body, fail loudly on a non-2xx answer so the dispatcher retries.</summary>
public abstract class HttpNotifier(IHttpClientFactory http) : INotifier
{
    public const string ClientName = "notifications";

    public abstract string Type { get; }

    public abstract Task SendAsync(NotificationChannel channel, AlertNotification notification, CancellationToken ct);

    protected async Task PostAsync(Uri? url, object body, CancellationToken ct, Action<HttpRequestMessage, string>? sign = null)
    {
        if (url is null) throw new InvalidOperationException($"The {Type} channel has no URL.");
        var json = JsonSerializer.Serialize(body, JsonOptions);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        sign?.Invoke(request, json);
        using var response = await http.CreateClient(ClientName).SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"{Type} receiver answered {(int)response.StatusCode}: {Truncate(await response.Content.ReadAsStringAsync(ct))}");
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private static string Truncate(string s) => s.Length <= 300 ? s : s[..300] + "…";
}
