using Telltale.Core.Scores;

namespace Telltale.Storage.DuckDb.Tests;

public sealed class DuckDbScoreConfigStoreTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Configs_are_saved_replaced_listed_by_name_and_deleted()
    {
        var store = new DuckDbScoreConfigStore(_db.Database);
        await store.SaveAsync("p1", new ScoreConfig { Id = "c1", Name = "tone", DataType = ScoreRecord.Categorical, Categories = ["polite", "curt"] }, default);
        await store.SaveAsync("p1", new ScoreConfig { Id = "c2", Name = "accuracy", DataType = ScoreRecord.Numeric, Min = 1, Max = 5 }, default);
        await store.SaveAsync("p1", new ScoreConfig { Id = "c2", Name = "accuracy", DataType = ScoreRecord.Numeric, Min = 0, Max = 10 }, default);
        await store.SaveAsync("p2", new ScoreConfig { Id = "c3", Name = "other", DataType = ScoreRecord.Boolean }, default);

        var listed = await store.ListAsync("p1", default);
        Assert.Equal(["accuracy", "tone"], listed.Select(c => c.Name));
        Assert.Equal(10, listed[0].Max);
        Assert.Equal(["polite", "curt"], (await store.GetAsync("p1", "c1", default))!.Categories!);
        Assert.True(await store.DeleteAsync("p1", "c1", default));
        Assert.False(await store.DeleteAsync("p1", "c1", default));
        Assert.Null(await store.GetAsync("p1", "c3", default));
    }
}
