using Telltale.Core.Querying;
using Telltale.Core.Storage;
using static Telltale.Storage.DuckDb.Tests.SpanFactory;

namespace Telltale.Storage.DuckDb.Tests;

public class DuckDbTelemetryStoreTests : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly DuckDbTelemetryReader _reader;

    public DuckDbTelemetryStoreTests() => _reader = new DuckDbTelemetryReader(_db.Database);

    public void Dispose() => _db.Dispose();

    private void Write(string project, params Telltale.Core.Model.AiSpan[] spans)
    {
        var batch = new TelemetryBatch(project);
        batch.Spans.AddRange(spans);
        using var writer = new DuckDbTelemetryWriter(_db.Database);
        writer.Write([batch]);
    }

    private static TimeRange Day => new(T0.AddHours(-12), T0.AddHours(12));

    [Fact]
    public async Task Written_spans_read_back_as_a_trace_with_every_field()
    {
        Write("p1", Llm("t1", "s1", T0, 800, user: "u1", session: "sess1"),
            Llm("t1", "s2", T0.AddMilliseconds(100), 300, parent: "s1", model: "gpt-4o-mini", cost: 0.0005m));

        var trace = await _reader.GetTraceAsync("p1", "t1", default);

        Assert.NotNull(trace);
        Assert.Equal(2, trace.Spans.Count);
        var root = trace.Spans[0];
        Assert.Equal("s1", root.SpanId);
        Assert.Null(root.ParentSpanId);
        Assert.Equal("llm", root.Kind);
        Assert.Equal("gpt-4o", root.Model);
        Assert.Equal(100, root.InputTokens);
        Assert.Equal(0.001m, root.CostUsd);
        Assert.Equal(800, root.DurationMs, 3);
        Assert.Equal("What is the refund policy?", root.InputMessages[0].Content);
        Assert.Equal("beta", root.Attributes.GetProperty("feature.flag").GetString());
        Assert.Equal(0.0015m, trace.Summary.CostUsd);
        Assert.Equal(["gpt-4o", "gpt-4o-mini"], trace.Summary.Models);
        Assert.Equal("u1", trace.Summary.UserId);
    }

    [Fact]
    public async Task Projects_are_isolated()
    {
        Write("p1", Llm("t1", "s1", T0, 10));
        Write("p2", Llm("t2", "s1", T0, 10));

        Assert.Null(await _reader.GetTraceAsync("p2", "t1", default));
        var page = await _reader.SearchTracesAsync("p1", new TraceQuery { Range = Day }, default);
        Assert.Equal(["t1"], page.Items.Select(t => t.TraceId));
        var systems = await _reader.ListSystemsAsync("p2", default);
        Assert.Single(systems);
    }

    [Fact]
    public async Task Trace_search_filters_by_text_status_latency_and_cost()
    {
        Write("p1",
            Llm("a", "1", T0, 100, userText: "Where is my parcel?"),
            Llm("b", "1", T0.AddMinutes(1), 5000, error: true, cost: 0.5m),
            Llm("c", "1", T0.AddMinutes(2), 200, model: "claude-sonnet-4-5"));

        async Task<string[]> Ids(TraceQuery q) => (await _reader.SearchTracesAsync("p1", q, default)).Items.Select(t => t.TraceId).ToArray();

        Assert.Equal(["a"], await Ids(new TraceQuery { Range = Day, Text = "PARCEL" }));
        Assert.Equal(["b"], await Ids(new TraceQuery { Range = Day, Status = "error" }));
        Assert.Equal(["c", "a"], await Ids(new TraceQuery { Range = Day, Status = "ok" }));
        Assert.Equal(["b"], await Ids(new TraceQuery { Range = Day, MinDurationMs = 1000 }));
        Assert.Equal(["b"], await Ids(new TraceQuery { Range = Day, MinCostUsd = 0.1m }));
        Assert.Equal(["c"], await Ids(new TraceQuery { Range = Day, Model = "claude-sonnet-4-5" }));
        Assert.Equal(["c", "b"], await Ids(new TraceQuery { Range = Day, Limit = 2 }));
    }

    [Fact]
    public async Task Metrics_group_by_model_with_percentiles_error_rate_and_rate_limits()
    {
        var spans = new List<Telltale.Core.Model.AiSpan>();
        for (var i = 0; i < 100; i++)
            spans.Add(Llm($"t{i}", "1", T0.AddMinutes(i % 10), ms: i + 1, error: i < 10, http: i < 5 ? 429 : null));
        for (var i = 0; i < 10; i++)
            spans.Add(Llm($"m{i}", "1", T0.AddMinutes(i), ms: 1000, model: "gpt-4o-mini", cost: 0.01m));
        Write("p1", spans.ToArray());

        MetricDimension.TryParse("model", out var model, out _);
        var result = await _reader.QueryMetricsAsync("p1", new MetricsQuery
        {
            Range = new TimeRange(T0, T0.AddMinutes(10)),
            Step = TimeSpan.FromMinutes(5),
            GroupBy = [model!],
        }, default);

        Assert.Equal(2, result.Series.Count);
        var gpt4o = result.Series[0];
        Assert.Equal("gpt-4o", gpt4o.Group["model"]);
        Assert.Equal(100, gpt4o.Totals.Count);
        Assert.Equal(0.10, gpt4o.Totals.ErrorRate, 6);
        Assert.Equal(0.05, gpt4o.Totals.RateLimitedShare, 6);
        Assert.Equal(50.5, gpt4o.Totals.LatencyP50Ms!.Value, 6);
        Assert.Equal(95.05, gpt4o.Totals.LatencyP95Ms!.Value, 6);
        Assert.Equal(0.1m, gpt4o.Totals.CostUsd);
        Assert.Equal(0.001m, gpt4o.Totals.CostPerTraceUsd);
        Assert.Equal(2, gpt4o.Points.Count);
        Assert.Equal(50, gpt4o.Points[0].Values.Count);
        Assert.Equal(T0, gpt4o.Points[0].Time);
        Assert.Equal(100 / 600.0, gpt4o.Totals.ThroughputPerSecond, 6);
        Assert.Equal("gpt-4o-mini", result.Series[1].Group["model"]);
    }

    [Fact]
    public async Task Metrics_group_by_any_span_attribute()
    {
        Write("p1", Llm("t1", "1", T0, 10), Llm("t2", "1", T0, 10));
        MetricDimension.TryParse("attr.feature.flag", out var flag, out _);

        var result = await _reader.QueryMetricsAsync("p1", new MetricsQuery { Range = Day, GroupBy = [flag!] }, default);

        Assert.Equal("beta", Assert.Single(result.Series).Group["attr.feature.flag"]);
    }

    [Fact]
    public async Task Sessions_and_users_aggregate_their_traces()
    {
        Write("p1", Llm("t1", "1", T0, 10, user: "u1", session: "s1"), Llm("t2", "1", T0.AddMinutes(1), 10, user: "u1", session: "s1"),
            Llm("t3", "1", T0.AddMinutes(2), 10, user: "u2", session: "s2", error: true));

        var sessions = await _reader.ListSessionsAsync("p1", new EntityQuery { Range = Day }, default);
        var users = await _reader.ListUsersAsync("p1", new EntityQuery { Range = Day }, default);

        Assert.Equal(["s2", "s1"], sessions.Select(s => s.SessionId));
        Assert.Equal(2, sessions[1].TraceCount);
        Assert.Equal(1, sessions[0].ErrorCount);
        Assert.Equal(["u2", "u1"], users.Select(u => u.UserId));
        Assert.Equal(1, users[1].SessionCount);
        Assert.Equal(0.002m, users[1].CostUsd);
    }

    [Fact]
    public async Task A_failed_write_leaves_nothing_behind()
    {
        var good = Llm("t1", "1", T0, 10);
        var bad = Llm("t2", "1", T0, 10);
        var batch = new TelemetryBatch("p1");
        batch.Spans.Add(good);
        batch.Spans.Add(bad);
        batch.MetricPoints.Add(new MetricPointRow { System = "x", Name = "m", Type = "gauge", Value = 1 });
        batch.MetricPoints.Add(null!); // forces a failure after some rows were appended
        using (var writer = new DuckDbTelemetryWriter(_db.Database))
            Assert.ThrowsAny<Exception>(() => writer.Write([batch]));

        var page = await _reader.SearchTracesAsync("p1", new TraceQuery { Range = Day }, default);
        Assert.Empty(page.Items);
    }
}
