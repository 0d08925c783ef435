using Telltale.Core.Review;
using Telltale.Core.Scores;

namespace Telltale.Storage.DuckDb.Tests;

public sealed class DuckDbReviewQueueStoreTests : IDisposable
{
    private static readonly DateTimeOffset Week = new(2026, 11, 2, 0, 0, 0, TimeSpan.Zero);
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private static ReviewItem Item(string id, string trace, string stratum = "billing", int hour = 0) => new()
    {
        Id = id, TraceId = trace, System = "support", Stratum = stratum, TraceTime = Week.AddHours(hour), WeekStart = Week,
        Weight = 2.5, WeightScore = 0.25, SampledAt = Week.AddDays(1),
    };

    [Fact]
    public async Task A_trace_is_queued_once_whatever_its_item_and_projects_are_apart()
    {
        var store = new DuckDbReviewQueueStore(_db.Database);

        Assert.Equal(2, await store.AddManyAsync("p1", [Item("i1", "t1", hour: 5), Item("i2", "t2", "shipping", hour: 1)], default));
        Assert.Equal(1, await store.AddManyAsync("p1", [Item("i3", "t1"), Item("i4", "t3", hour: 9)], default));
        Assert.Equal(1, await store.AddManyAsync("p2", [Item("i5", "t1")], default));

        var listed = await store.ListAsync("p1", ReviewStatus.Pending, null, 10, default);
        Assert.Equal(["i2", "i1", "i4"], listed.Select(i => i.Id)); // queue order: trace time within the week
        Assert.Equal((2.5, 0.25), (listed[0].Weight, listed[0].WeightScore!.Value));
        Assert.Equal(new HashSet<string> { "t1", "t3" }, await store.QueuedTracesAsync("p1", ["t1", "t3", "t9"], default));
        Assert.Equal(new Dictionary<string, int> { ["billing"] = 2, ["shipping"] = 1 }, await store.CountByStratumAsync("p1", Week, default));
        Assert.Empty(await store.CountByStratumAsync("p1", Week.AddDays(7), default));
    }

    [Fact]
    public async Task Completing_writes_the_scores_with_the_item_and_only_once()
    {
        var store = new DuckDbReviewQueueStore(_db.Database);
        var scores = new DuckDbScoreStore(_db.Database);
        await store.AddManyAsync("p1", [Item("i1", "t1"), Item("i2", "t2")], default);
        var score = new ScoreRecord
        {
            Id = "s1", Name = "accuracy", DataType = ScoreRecord.Numeric, NumericValue = 4, TraceId = "t1", Source = ScoreSources.Annotation, Time = Week,
        };
        var done = new ReviewCompletion(ReviewStatus.Done, "alice", Week.AddDays(2), "Good.");

        Assert.True(await store.CompleteAsync("p1", "i1", done, [score], default));
        Assert.False(await store.CompleteAsync("p1", "i1", done with { By = "bob" }, [score with { Id = "s2" }], default));
        Assert.True(await store.AssignAsync("p1", "i2", "carol", default));
        Assert.False(await store.AssignAsync("p1", "nope", "carol", default));

        var item = (await store.GetAsync("p1", "i1", default))!;
        Assert.Equal((ReviewStatus.Done, "alice", "Good.", Week.AddDays(2)), (item.Status, item.CompletedBy!, item.Comment!, item.CompletedAt!.Value));
        Assert.Equal("s1", Assert.Single(await scores.QueryAsync("p1", new ScoreQuery { TraceIds = ["t1"] }, default)).Id);
        Assert.Equal(new ReviewQueueCounts(1, 1, 0), await store.CountAsync("p1", default));
        Assert.Equal("i2", Assert.Single(await store.ListAsync("p1", null, "carol", 10, default)).Id);
    }

    [Fact]
    public async Task Scores_are_queried_by_traces_names_sources_and_time_together()
    {
        var scores = new DuckDbScoreStore(_db.Database);
        ScoreRecord S(string id, string trace, string name, string source, int minutes) => new()
        {
            Id = id, Name = name, DataType = ScoreRecord.Numeric, NumericValue = 1, TraceId = trace, Source = source, Time = Week.AddMinutes(minutes),
        };
        await scores.AddManyAsync("p1", [S("a", "t1", "refusal", "evaluator", 1), S("b", "t1", "refused", "annotation", 2),
            S("c", "t2", "refusal", "evaluator", 3), S("d", "t3", "refusal", "otel", 90)], default);

        var automated = await scores.QueryAsync("p1", new ScoreQuery { TraceIds = ["t1", "t3"], Sources = ScoreSources.Automated }, default);
        var inFirstHour = await scores.QueryAsync("p1", new ScoreQuery { Range = new(Week, Week.AddHours(1)), Names = ["refusal"] }, default);

        Assert.Equal(["d", "a"], automated.Select(s => s.Id)); // newest first
        Assert.Equal(["c", "a"], inFirstHour.Select(s => s.Id));
        Assert.Empty(await scores.QueryAsync("p1", new ScoreQuery { TraceIds = [] }, default));
    }
}
