using System.Net;
using System.Text.Json;
using Telltale.Core.Querying;
using Telltale.Server.Tests.Infrastructure;
using static Telltale.Server.Tests.Infrastructure.OtlpRequests;

namespace Telltale.Server.Tests;

/// <summary>The query API over data sent through OTLP: search, sessions, users, metrics, and clear 400s.</summary>
public class QueryApiTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = DateTimeOffset.UtcNow.AddMinutes(-30);
    private TelltaleTestServer _telltale = null!;

    public async Task InitializeAsync()
    {
        _telltale = await TelltaleTestServer.StartAsync();
        var spans = new List<Telltale.Otlp.Proto.Trace.Span>();
        for (var i = 0; i < 20; i++)
        {
            var span = ChatSpan(model: i < 15 ? "gpt-4o-mini" : "gpt-4o", start: T0.AddMinutes(i), userText: i == 3 ? "My parcel never arrived" : null);
            span.Attributes.Add(Attr("session.id", $"s{i % 4}"));
            span.Attributes.Add(Attr("user.id", $"u{i % 2}"));
            span.Attributes.Add(Attr("tenant", i % 2 == 0 ? "acme" : "globex"));
            if (i % 5 == 0)
            {
                span.Status = new() { Code = Telltale.Otlp.Proto.Trace.Status.Types.StatusCode.Error, Message = "HTTP 429 Too Many Requests" };
                span.Attributes.Add(Attr("http.response.status_code", 429));
            }
            spans.Add(span);
        }
        Assert.Equal(HttpStatusCode.OK, (await _telltale.Client.PostAsync("/v1/traces", Protobuf(Traces("support-bot", spans.ToArray())))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _telltale.Client.PostAsync("/v1/traces", Protobuf(Traces("summarizer", ChatSpan(start: T0))))).StatusCode);
    }

    public async Task DisposeAsync() => await _telltale.DisposeAsync();

    [Fact]
    public async Task Trace_search_filters_by_system_model_status_text_user_and_session()
    {
        async Task<int> Count(string query) => (await _telltale.GetAsync<TracePage>($"/api/v1/traces?range=2h&limit=500&{query}")).Items.Count;

        Assert.Equal(21, await Count(""));
        Assert.Equal(20, await Count("system=support-bot"));
        Assert.Equal(5, await Count("model=gpt-4o"));
        Assert.Equal(4, await Count("status=error"));
        Assert.Equal(1, await Count("text=parcel"));
        Assert.Equal(10, await Count("user=u1"));
        Assert.Equal(5, await Count("session=s2"));
        Assert.Equal(0, await Count("minLatencyMs=1000"));
        var page = await _telltale.GetAsync<TracePage>("/api/v1/traces?range=2h&limit=5&offset=5");
        Assert.Equal(5, page.Items.Count);
        Assert.True(page.HasMore);
    }

    [Fact]
    public async Task Metrics_group_by_model_with_error_rate_rate_limits_cost_and_a_time_series()
    {
        var from = Uri.EscapeDataString(T0.AddMinutes(-1).ToString("O"));
        var result = await _telltale.GetAsync<MetricsResult>($"/api/v1/metrics?from={from}&step=10m&groupBy=model&system=support-bot");

        Assert.Equal(["model"], result.GroupBy);
        var mini = Assert.Single(result.Series, s => s.Group["model"] == "gpt-4o-mini");
        Assert.Equal(15, mini.Totals.Count);
        Assert.Equal(3, mini.Totals.Errors);
        Assert.Equal(0.2, mini.Totals.ErrorRate, 9);
        Assert.Equal(0.2, mini.Totals.RateLimitedShare, 9);
        Assert.Equal(250, mini.Totals.LatencyP95Ms!.Value, 3);
        Assert.Equal(15 * 100, mini.Totals.InputTokens);
        // gpt-4o-mini: 100 input × $0.15 + 20 output × $0.60 per million, 15 calls, one per trace.
        Assert.Equal(15 * (100 * 0.15m + 20 * 0.60m) / 1_000_000, mini.Totals.CostUsd);
        Assert.Equal((100 * 0.15m + 20 * 0.60m) / 1_000_000, mini.Totals.CostPerTraceUsd);
        Assert.Equal(15, mini.Points.Sum(p => p.Values.Count));
        Assert.True(mini.Points.Count >= 2);
    }

    [Fact]
    public async Task Metrics_group_by_any_attribute_and_filter_with_where()
    {
        var result = await _telltale.GetAsync<MetricsResult>("/api/v1/metrics?range=2h&groupBy=attr.tenant&where.user=u0");

        var acme = Assert.Single(result.Series);
        Assert.Equal("acme", acme.Group["attr.tenant"]);
        Assert.Equal(10, acme.Totals.Count);
    }

    [Fact]
    public async Task Sessions_and_users_are_listed_with_their_traces()
    {
        var sessions = await _telltale.GetAsync<List<SessionSummary>>("/api/v1/sessions?range=2h");
        var users = await _telltale.GetAsync<List<UserSummary>>("/api/v1/users?range=2h");
        var session = await _telltale.GetAsync<JsonElement>("/api/v1/sessions/s1");

        Assert.Equal(4, sessions.Count);
        Assert.All(sessions, s => Assert.Equal(5, s.TraceCount));
        Assert.Equal(["u0", "u1"], users.Select(u => u.UserId).Order());
        Assert.All(users, u => Assert.Equal(2, u.SessionCount));
        Assert.Equal(5, session.GetProperty("traces").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await _telltale.Client.GetAsync("/api/v1/sessions/nope")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _telltale.Client.GetAsync("/api/v1/traces/0123456789abcdef0123456789abcdef")).StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/metrics?groupBy=colour", "Unknown dimension 'colour'")]
    [InlineData("/api/v1/metrics?range=30d&step=1s", "more than 2000 points")]
    [InlineData("/api/v1/metrics?kind=banana", "Unknown kind 'banana'")]
    [InlineData("/api/v1/traces?from=yesterday", "'from' must be an ISO 8601 time")]
    [InlineData("/api/v1/traces?status=meh", "'status' must be 'ok' or 'error'")]
    [InlineData("/api/v1/traces?limit=0", "'limit' must be an integer from 1 to 500")]
    [InlineData("/api/v1/traces?range=forever", "'range' must be a positive duration")]
    public async Task Bad_query_parameters_are_400_naming_the_problem(string path, string expected)
    {
        var response = await _telltale.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
    }
}
