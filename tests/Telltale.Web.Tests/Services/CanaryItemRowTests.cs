using Telltale.Core.Datasets;
using Telltale.Core.Evaluation.Canary;
using Telltale.Web.Services;
using static Telltale.Web.Tests.CanaryFixtures;

namespace Telltale.Web.Tests.Services;

public sealed class CanaryItemRowTests
{
    private static readonly CanaryRun Baseline = Run("base",
        Item("a", ("contains", 1), ("correctness", 1)),
        Item("b", ("contains", 1), ("correctness", 1)),
        Item("c", ("contains", 0), ("correctness", 0.6)),
        Item("d", ("contains", 1), ("correctness", 1)));

    private static readonly CanaryRun Current = Run("now",
        Item("a", ("contains", 1), ("correctness", 0.6)), // worse
        Item("b", ("contains", 1), ("correctness", 1)), // unchanged
        Item("c", ("contains", 1), ("correctness", 0.6)), // better
        new CanaryItemResult { ItemId = "d", Error = "timeout" }, // scored before, failed now
        Item("e", ("contains", 1), ("correctness", 0))); // new in the dataset: nothing to compare with

    private static readonly DatasetItem[] Items = [new() { Id = "a", Input = "Return window?", ReferenceOutput = "30 days" }];

    [Fact]
    public void An_item_is_worse_when_its_score_fell_or_it_failed_where_it_was_scored_before()
    {
        var rows = CanaryItemRow.For(Current, Baseline, Items).ToDictionary(r => r.Result.ItemId);

        Assert.Equal(["a", "d"], rows.Values.Where(r => r.Worse).Select(r => r.Result.ItemId));
        Assert.Equal(["correctness"], rows["a"].WorseScorers);
        Assert.Equal(1, rows["a"].BaselineScore("correctness"));
        Assert.Equal("answer to a", rows["a"].Baseline!.Output);
        Assert.Null(rows["e"].Baseline);
    }

    [Fact]
    public void Items_carry_the_dataset_input_they_answered_when_the_dataset_still_has_it()
    {
        var rows = CanaryItemRow.For(Current, Baseline, Items);

        Assert.Equal("Return window?", rows[0].Item!.Input);
        Assert.Null(rows[1].Item);
    }

    [Fact]
    public void Without_a_baseline_or_against_itself_nothing_is_worse()
    {
        Assert.DoesNotContain(CanaryItemRow.For(Current, null, Items), r => r.Worse);
        Assert.DoesNotContain(CanaryItemRow.For(Baseline, Baseline, Items), r => r.Worse || r.Baseline is not null);
    }
}
