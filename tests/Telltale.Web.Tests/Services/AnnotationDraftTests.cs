using Telltale.Core.Scores;
using Telltale.Web.Services;

namespace Telltale.Web.Tests.Services;

public sealed class AnnotationDraftTests
{
    private static readonly ScoreConfig[] Configs =
    [
        new() { Id = "1", Name = "accuracy", DataType = ScoreRecord.Numeric, Min = 1, Max = 5 },
        new() { Id = "2", Name = "tone", DataType = ScoreRecord.Categorical, Categories = ["polite", "curt"] },
        new() { Id = "3", Name = "refused", DataType = ScoreRecord.Boolean },
    ];

    [Fact]
    public void Only_what_was_filled_is_sent_except_switches_which_always_say_yes_or_no()
    {
        var draft = new AnnotationDraft(Configs);

        var untouched = draft.Values();
        draft.Numbers["accuracy"] = 4;
        draft.Categories["tone"] = "polite";
        draft.Flags["refused"] = true;
        var filled = draft.Values();

        Assert.Equal(["refused"], untouched.Keys);
        Assert.False(untouched["refused"].GetBoolean());
        Assert.Equal(4, filled["accuracy"].GetDouble());
        Assert.Equal("polite", filled["tone"].GetString());
        Assert.True(filled["refused"].GetBoolean());
    }
}
