using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Extensions.DependencyInjection;
using Telltale.Core.Querying;
using Telltale.Otlp.Proto.Collector.Trace;
using Telltale.Server.Tests.Infrastructure;
using Telltale.Storage.DuckDb;

namespace Telltale.Server.Tests;

/// <summary>Project-scoped keys with ingest / read / admin scopes guard every OTLP and API request.</summary>
public class ApiKeyAuthTests : IAsyncLifetime
{
    private TelltaleTestServer _telltale = null!;

    public async Task InitializeAsync() => _telltale = await TelltaleTestServer.StartAsync();

    public async Task DisposeAsync() => await _telltale.DisposeAsync();

    private async Task<string> CreateKeyAsync(params string[] scopes)
    {
        var response = await _telltale.Client.PostAsJsonAsync("/api/v1/keys", new { name = "k-" + string.Join('-', scopes), scopes });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString()!;
    }

    private static HttpContent Trace() => OtlpRequests.Protobuf(OtlpRequests.Traces("svc", OtlpRequests.ChatSpan()));

    [Fact]
    public async Task Requests_without_a_valid_key_are_401_with_a_message()
    {
        using var anonymous = _telltale.CreateClient(null);
        using var wrong = _telltale.CreateClient("tt_not_a_real_key_at_all");

        var noKeyIngest = await anonymous.PostAsync("/v1/traces", Trace());
        var noKeyApi = await anonymous.GetAsync("/api/v1/traces");
        var badKeyApi = await wrong.GetAsync("/api/v1/systems");

        Assert.Equal(HttpStatusCode.Unauthorized, noKeyIngest.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, noKeyApi.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, badKeyApi.StatusCode);
        Assert.Contains("Missing API key", await noKeyApi.Content.ReadAsStringAsync());
        Assert.Contains("Invalid or revoked", await badKeyApi.Content.ReadAsStringAsync());
        Assert.Equal(0, StoredRows.Count(_telltale, "spans"));
    }

    [Fact]
    public async Task Each_scope_allows_only_its_own_requests()
    {
        using var ingestOnly = _telltale.CreateClient(await CreateKeyAsync("ingest"));
        using var readOnly = _telltale.CreateClient(await CreateKeyAsync("read"));

        Assert.Equal(HttpStatusCode.OK, (await ingestOnly.PostAsync("/v1/traces", Trace())).StatusCode);
        var ingestReads = await ingestOnly.GetAsync("/api/v1/traces");
        Assert.Equal(HttpStatusCode.Forbidden, ingestReads.StatusCode);
        Assert.Contains("lacks the 'read' scope", await ingestReads.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, (await readOnly.GetAsync("/api/v1/traces")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await readOnly.PostAsync("/v1/traces", Trace())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await readOnly.PostAsJsonAsync("/api/v1/keys", new { name = "x", scopes = new[] { "read" } })).StatusCode);
        Assert.Equal(1, StoredRows.Count(_telltale, "spans"));
    }

    [Fact]
    public async Task Naming_another_project_is_403()
    {
        var response = await _telltale.Client.GetAsync("/api/v1/traces?project=someone-else");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("not 'someone-else'", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Projects_isolate_data()
    {
        var created = await _telltale.Client.PostAsJsonAsync("/api/v1/projects", new { name = "other-team" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var otherKey = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("apiKey").GetProperty("secret").GetString();
        using var other = _telltale.CreateClient(otherKey);

        Assert.Equal(HttpStatusCode.OK, (await other.PostAsync("/v1/traces", OtlpRequests.Protobuf(OtlpRequests.Traces("other-svc", OtlpRequests.ChatSpan())))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _telltale.Client.PostAsync("/v1/traces", Trace())).StatusCode);

        var mine = await _telltale.GetAsync<TracePage>("/api/v1/traces?range=1h");
        var theirs = TelltaleJsonRead<TracePage>(await other.GetStringAsync("/api/v1/traces?range=1h"));
        Assert.Equal(["svc"], mine.Items.Select(t => t.System));
        Assert.Equal(["other-svc"], theirs.Items.Select(t => t.System));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/traces/{mine.Items[0].TraceId}")).StatusCode);
    }

    [Fact]
    public async Task Keys_are_stored_hashed_shown_once_and_revocable()
    {
        var secret = await CreateKeyAsync("read");
        using var client = _telltale.CreateClient(secret);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/systems")).StatusCode);

        var listed = await _telltale.Client.GetStringAsync("/api/v1/keys");
        Assert.DoesNotContain(secret, listed);
        Assert.DoesNotContain(secret, DumpApiKeysTable());

        var id = JsonDocument.Parse(listed).RootElement.EnumerateArray().Single(k => k.GetProperty("name").GetString() == "k-read").GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.NoContent, (await _telltale.Client.DeleteAsync($"/api/v1/keys/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/systems")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _telltale.Client.DeleteAsync($"/api/v1/keys/{id}")).StatusCode);
    }

    [Fact]
    public async Task Grpc_export_needs_an_ingest_key()
    {
        using var channel = GrpcChannel.ForAddress(_telltale.GrpcAddress);
        var client = new TraceService.TraceServiceClient(channel);
        var request = OtlpRequests.Traces("svc", OtlpRequests.ChatSpan());
        var readKey = await CreateKeyAsync("read");

        var none = await Assert.ThrowsAsync<RpcException>(() => client.ExportAsync(request).ResponseAsync);
        var readOnly = await Assert.ThrowsAsync<RpcException>(() =>
            client.ExportAsync(request, new Metadata { { "authorization", $"Bearer {readKey}" } }).ResponseAsync);
        var ok = await client.ExportAsync(request, new Metadata { { "authorization", $"Bearer {TelltaleTestServer.AdminKey}" } });

        Assert.Equal(StatusCode.Unauthenticated, none.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, readOnly.StatusCode);
        Assert.Null(ok.PartialSuccess);
        Assert.Equal(1, StoredRows.Count(_telltale, "spans"));
    }

    private string DumpApiKeysTable()
    {
        var database = _telltale.Server.Services.GetRequiredService<DuckDbDatabase>();
        using var connection = database.OpenConnection();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT string_agg(id || prefix || secret_hash, ' ') FROM api_keys";
        return cmd.ExecuteScalar()?.ToString() ?? "";
    }

    private static T TelltaleJsonRead<T>(string json) => Telltale.Core.Serialization.TelltaleJson.Deserialize<T>(json)!;
}
