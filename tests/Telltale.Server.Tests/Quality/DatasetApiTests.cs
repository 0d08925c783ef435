using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Telltale.Core.Datasets;
using Telltale.Core.Serialization;
using Telltale.Server.Tests.Infrastructure;
using static Telltale.Server.Tests.Infrastructure.OtlpRequests;

namespace Telltale.Server.Tests.Quality;

public class DatasetApiTests
{
    private sealed record DatasetView(Dataset Dataset, int Version, List<DatasetItem> Items);

    private static StringContent Body(string text, string mediaType) => new(text, Encoding.UTF8, mediaType);

    [Fact]
    public async Task Items_added_imported_and_removed_make_versions_that_read_back_exactly()
    {
        await using var telltale = await TelltaleTestServer.StartAsync();
        var created = await telltale.Client.PostAsJsonAsync("/api/v1/datasets", new { name = "golden", description = "Held-out support questions" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        await QualityScenario.Ok(telltale.Client.PostAsJsonAsync("/api/v1/datasets/golden/items", new[]
        {
            new { id = "refund", input = "How long do refunds take?", referenceOutput = "5 business days", intent = "refund" },
        }));
        await QualityScenario.Ok(telltale.Client.PostAsync("/api/v1/datasets/golden/import", Body(
            "input,expected_output,intent,channel\n\"Where is my parcel, please?\",Lyon warehouse,shipping,web\nCan I change my address?,\"Yes, before dispatch.\",account,\n", "text/csv")));
        await QualityScenario.Ok(telltale.Client.PostAsync("/api/v1/datasets/golden/import", Body(
            """
            {"id": "refund", "input": "How long do refunds take to arrive?", "expected": "5 business days"}
            {"question": "Do you ship to Norway?", "answer": "Yes", "metadata": {"region": "EU"}}
            """, "application/x-ndjson")));
        var removeId = (await telltale.GetAsync<DatasetView>("/api/v1/datasets/golden")).Items.Single(i => i.Input.StartsWith("Can I change")).Id;
        await QualityScenario.Ok(telltale.Client.DeleteAsync($"/api/v1/datasets/golden/items/{removeId}"));

        var current = await telltale.GetAsync<DatasetView>("/api/v1/datasets/golden");
        Assert.Equal(4, current.Dataset.Version);
        Assert.Equal(3, current.Dataset.ItemCount);
        Assert.Equal(["How long do refunds take to arrive?", "Where is my parcel, please?", "Do you ship to Norway?"], current.Items.Select(i => i.Input));
        Assert.Equal("web", current.Items[1].Metadata["channel"]);
        Assert.Equal("EU", current.Items[2].Metadata["region"]);

        var v2 = await telltale.GetAsync<DatasetView>("/api/v1/datasets/golden?version=2");
        Assert.Equal(["How long do refunds take?", "Where is my parcel, please?", "Can I change my address?"], v2.Items.Select(i => i.Input));
        Assert.Equal("Yes, before dispatch.", v2.Items[2].ReferenceOutput);
        Assert.Single((await telltale.GetAsync<DatasetView>("/api/v1/datasets/golden?version=1")).Items);
    }

    [Fact]
    public async Task A_production_trace_becomes_an_item_with_its_question_and_answer()
    {
        await using var telltale = await TelltaleTestServer.StartAsync();
        var span = ChatSpan(userText: "Where is my order A-7?");
        span.Attributes.Add(Attr("gen_ai.output.messages", """[{"role":"assistant","parts":[{"type":"text","content":"It ships tomorrow."}]}]"""));
        await QualityScenario.Ok(telltale.Client.PostAsync("/v1/traces", Protobuf(Traces("support-bot", span))));
        var traceId = Convert.ToHexStringLower(span.TraceId.Span);
        await QualityScenario.Ok(telltale.Client.PostAsJsonAsync("/api/v1/datasets", new { name = "from-prod" }));

        await QualityScenario.Ok(telltale.Client.PostAsJsonAsync("/api/v1/datasets/from-prod/items/from-traces", new { traceIds = new[] { traceId }, intent = "shipping" }));

        var item = Assert.Single((await telltale.GetAsync<DatasetView>("/api/v1/datasets/from-prod")).Items);
        Assert.Equal("Where is my order A-7?", item.Input);
        Assert.Equal("It ships tomorrow.", item.ReferenceOutput);
        Assert.Equal("shipping", item.Intent);
        Assert.Equal(traceId, item.SourceTraceId);
        Assert.Equal("support-bot", item.Metadata["system"]);
    }

    [Fact]
    public async Task Bad_datasets_and_items_are_refused_with_the_reason_and_change_nothing()
    {
        await using var telltale = await TelltaleTestServer.StartAsync();
        await QualityScenario.Ok(telltale.Client.PostAsJsonAsync("/api/v1/datasets", new { name = "golden" }));

        async Task<(HttpStatusCode Status, string Detail)> Problem(Task<HttpResponseMessage> call)
        {
            var response = await call;
            var text = await response.Content.ReadAsStringAsync();
            return (response.StatusCode, text.Length == 0 ? "" : JsonDocument.Parse(text).RootElement.GetProperty("detail").GetString()!);
        }

        var badName = await Problem(telltale.Client.PostAsJsonAsync("/api/v1/datasets", new { name = "has spaces" }));
        var duplicate = await Problem(telltale.Client.PostAsJsonAsync("/api/v1/datasets", new { name = "golden" }));
        var noInput = await Problem(telltale.Client.PostAsJsonAsync("/api/v1/datasets/golden/items", new object[] { new { input = "ok" }, new { referenceOutput = "x" } }));
        var twice = await Problem(telltale.Client.PostAsJsonAsync("/api/v1/datasets/golden/items", new[] { new { id = "a", input = "x" }, new { id = "a", input = "y" } }));
        var badLine = await Problem(telltale.Client.PostAsync("/api/v1/datasets/golden/import", Body("{\"input\":\"a\"}\n{\"input\": oops}\n", "application/x-ndjson")));
        var badType = await Problem(telltale.Client.PostAsync("/api/v1/datasets/golden/import", Body("<xml/>", "application/xml")));
        var missing = await Problem(telltale.Client.PostAsJsonAsync("/api/v1/datasets/nope/items", new[] { new { input = "x" } }));
        var futureVersion = await Problem(telltale.Client.GetAsync("/api/v1/datasets/golden?version=3"));

        Assert.Equal(HttpStatusCode.BadRequest, badName.Status);
        Assert.Contains("'name'", badName.Detail);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.Status);
        Assert.Equal((HttpStatusCode.BadRequest, "Item 1: 'input' is required and must be non-empty text."), noInput);
        Assert.Contains("id 'a' appears more than once", twice.Detail);
        Assert.Equal(HttpStatusCode.BadRequest, badLine.Status);
        Assert.StartsWith("Line 2 is not valid JSON", badLine.Detail);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, badType.Status);
        Assert.Contains("text/csv", badType.Detail);
        Assert.Equal((HttpStatusCode.NotFound, "No dataset named 'nope' in this project."), missing);
        Assert.Equal(HttpStatusCode.BadRequest, futureVersion.Status);

        var golden = await telltale.GetAsync<DatasetView>("/api/v1/datasets/golden");
        Assert.Equal(0, golden.Dataset.Version);
        Assert.Empty(golden.Items);
    }

    [Fact]
    public async Task A_read_key_can_read_datasets_but_not_change_them()
    {
        await using var telltale = await TelltaleTestServer.StartAsync();
        await QualityScenario.Ok(telltale.Client.PostAsJsonAsync("/api/v1/datasets", new { name = "golden" }));
        var key = await telltale.Client.PostAsJsonAsync("/api/v1/keys", new { name = "reader", scopes = new[] { "read" } });
        var secret = (await key.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString();
        using var reader = telltale.CreateClient(secret);

        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/v1/datasets/golden")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsJsonAsync("/api/v1/datasets/golden/items", new[] { new { input = "x" } })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.GetAsync("/api/v1/llm-connections")).StatusCode);
    }
}
