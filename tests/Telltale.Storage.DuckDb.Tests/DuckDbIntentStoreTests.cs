using Telltale.Core.Intents;
using Telltale.Core.Querying;

namespace Telltale.Storage.DuckDb.Tests;

public sealed class DuckDbIntentStoreTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task The_newest_tag_of_a_trace_wins_and_other_projects_are_not_seen()
    {
        var store = new DuckDbIntentStore(_db.Database, TimeProvider.System);
        await store.AddManyAsync("p1", [Tag("t1", "billing", 0.6), Tag("t2", "shipping", 0.9)], default);
        await store.AddManyAsync("p1", [Tag("t1", "refund", 1.0, "attribute")], default);
        await store.AddManyAsync("p2", [Tag("t3", "billing", 0.7)], default);

        var found = await store.ForTracesAsync("p1", ["t1", "t2", "t3"], default);

        Assert.Equal(2, found.Count);
        Assert.Equal("refund", found["t1"].Intent);
        Assert.Equal("attribute", found["t1"].Source);
        Assert.Equal(0.9, found["t2"].Confidence);
        var listed = await store.ListAsync("p1", new TimeRange(T0.AddHours(-1), T0.AddHours(1)), 10, default);
        Assert.Equal(["t1", "t2"], listed.Select(i => i.TraceId).Order());
        var counted = await store.CountBySystemAsync("p1", new TimeRange(T0.AddHours(-1), T0.AddHours(1)), default);
        Assert.Equal(2, counted["support"]); // t1 tagged twice counts once
    }

    private static TraceIntent Tag(string traceId, string intent, double confidence, string source = "classifier") => new()
    {
        TraceId = traceId, SessionId = "s-" + traceId, System = "support", Intent = intent, Confidence = confidence, Source = source, Time = T0,
    };
}
