using System.Net;
using Telltale.Server.Tests.Infrastructure;
using static Telltale.Server.Tests.Infrastructure.OtlpRequests;

namespace Telltale.Server.Tests;

/// <summary>When the write queue is full the server says so (503 + Retry-After) instead of buffering without bound,
/// and everything it did acknowledge is stored.</summary>
public class BackPressureTests
{
    [Fact]
    public async Task A_saturated_writer_answers_503_with_Retry_After_and_loses_nothing_acknowledged()
    {
        await using var telltale = await TelltaleTestServer.StartAsync(new Dictionary<string, string?>
        {
            ["Telltale:Ingest:MaxPendingItems"] = "200",
            ["Telltale:Ingest:RetryAfterSeconds"] = "3",
        });
        var bodies = Enumerable.Range(0, 40).Select(_ => Protobuf(Traces("svc", Enumerable.Range(0, 100).Select(_ => ChatSpan()).ToArray())).ReadAsByteArrayAsync().Result).ToArray();

        long acknowledged = 0;
        HttpResponseMessage? refused = null;
        // Bursts of concurrent requests far beyond the 200-row queue; a few rounds make a refusal certain.
        for (var round = 0; round < 20 && refused is null; round++)
        {
            var responses = await Task.WhenAll(bodies.Select(body =>
            {
                var content = new ByteArrayContent(body);
                content.Headers.ContentType = new("application/x-protobuf");
                return telltale.Client.PostAsync("/v1/traces", content);
            }));
            Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, r.StatusCode.ToString()));
            acknowledged += responses.Count(r => r.StatusCode == HttpStatusCode.OK) * 100;
            refused ??= responses.FirstOrDefault(r => r.StatusCode == HttpStatusCode.ServiceUnavailable);
        }

        Assert.NotNull(refused);
        Assert.Equal("3", refused.Headers.GetValues("Retry-After").Single());
        Assert.Equal(acknowledged, StoredRows.Count(telltale, "spans"));
    }
}
