using System.Net;
using Telltale.Core.Querying;
using Telltale.Server.Tests.Infrastructure;

namespace Telltale.Server.Tests;

/// <summary>The OTLP/JSON dialect fixtures (checked field by field by the normalizer tests) sent through the real
/// server: what the API returns after storage is what the emitter meant.</summary>
public class DialectFixtureIngestTests : IAsyncLifetime
{
    private TelltaleTestServer _telltale = null!;

    public async Task InitializeAsync()
    {
        _telltale = await TelltaleTestServer.StartAsync();
        foreach (var fixture in new[] { "openinference.json", "openllmetry.json", "semantic_kernel.json" })
        {
            var json = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture));
            var response = await _telltale.Client.PostAsync("/v1/traces", OtlpRequests.Json(json));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain("partialSuccess", await response.Content.ReadAsStringAsync());
        }
    }

    public async Task DisposeAsync() => await _telltale.DisposeAsync();

    private Task<TraceDetail> Trace(string id) => _telltale.GetAsync<TraceDetail>($"/api/v1/traces/{id}");

    [Fact]
    public async Task OpenInference_trace_keeps_documents_messages_tokens_and_gets_its_cost()
    {
        var trace = await Trace("0af7651916cd43dd8448eb211c80319c");

        Assert.Equal(4, trace.Spans.Count);
        var retrieval = Assert.Single(trace.Spans, s => s.Kind == "retrieval");
        Assert.Equal(["kb-101"], retrieval.Documents.Take(1).Select(d => d.Id));
        Assert.Equal(3, retrieval.Documents.Count);
        Assert.Equal(0.91, retrieval.Documents[0].Score);

        var llm = Assert.Single(trace.Spans, s => s.Kind == "llm");
        Assert.Equal("gpt-4o-2024-08-06", llm.Model);
        Assert.Equal(412, llm.InputTokens);
        Assert.Equal(256, llm.CacheReadTokens);
        // gpt-4o: 156 uncached × $2.50 + 256 cached × $1.25 + 23 output × $10, per million tokens.
        Assert.Equal((156 * 2.50m + 256 * 1.25m + 23 * 10m) / 1_000_000, llm.CostUsd);
        Assert.Equal(["system", "user"], llm.InputMessages.Select(m => m.Role));
        Assert.Equal("get_order_status", Assert.Single(Assert.Single(llm.OutputMessages).ToolCalls).Name);
        Assert.Equal("sess-7f3a", llm.SessionId);

        var tool = Assert.Single(trace.Spans, s => s.Kind == "tool");
        Assert.Equal("get_order_status", tool.Tool!.Name);
        Assert.Equal(llm.CostUsd, trace.Summary.CostUsd);
        Assert.Equal("support-bot", trace.Summary.System);
    }

    [Fact]
    public async Task OpenLLMetry_trace_keeps_workflow_indexed_messages_and_association_properties()
    {
        var trace = await Trace("4bf92f3577b34da6a3ce929d0e0e4736");

        Assert.Equal("workflow", Assert.Single(trace.Spans, s => s.ParentSpanId is null).Kind);
        var llm = Assert.Single(trace.Spans, s => s.Kind == "llm");
        Assert.NotEmpty(llm.InputMessages);
        Assert.NotEmpty(llm.OutputMessages);
        Assert.NotNull(llm.InputTokens);
        Assert.Equal("tool", Assert.Single(trace.Spans, s => s.Name == "search_flights.tool").Kind);
        Assert.Contains(trace.Spans, s => s.SessionId is not null || s.UserId is not null);
    }

    [Fact]
    public async Task Semantic_Kernel_trace_gets_messages_from_its_span_events()
    {
        var trace = await Trace("5b8efff798038103d269b633813fc60c");

        var chat = Assert.Single(trace.Spans, s => s.Kind == "llm");
        Assert.Equal("gpt-4o-mini", chat.RequestModel);
        Assert.Contains(chat.InputMessages, m => m.Role == "user");
        Assert.NotEmpty(chat.OutputMessages);
        Assert.NotEmpty(chat.FinishReasons);
        Assert.Equal("agent", Assert.Single(trace.Spans, s => s.ParentSpanId is null).Kind);
        Assert.Equal("tool", Assert.Single(trace.Spans, s => s.Name.StartsWith("execute_tool")).Kind);
    }

    [Fact]
    public async Task Every_fixture_system_is_registered()
    {
        var systems = await _telltale.GetAsync<List<SystemSummary>>("/api/v1/systems");

        Assert.Equal(["sk-assistant", "support-bot", "travel-agent"], systems.Select(s => s.Name));
    }
}
