using Telltale.Core.Evaluation;

namespace Telltale.Core.Tests.Evaluation;

public class AnswerLengthHistoryTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_usual_length_is_the_call_weighted_median_of_the_past_week()
    {
        var history = AnswerLengthHistory.Empty
            .With(new Dictionary<string, AnswerLengthHistory.Batch> { ["bot"] = new(Now.AddDays(-3), 20, 100) }, Now.AddDays(-3))
            .With(new Dictionary<string, AnswerLengthHistory.Batch> { ["bot"] = new(Now.AddDays(-2), 40, 10) }, Now.AddDays(-2))
            .With(new Dictionary<string, AnswerLengthHistory.Batch> { ["bot"] = new(Now.AddDays(-1), 22, 100) }, Now.AddDays(-1));

        Assert.Equal(22, history.UsualMedian("bot", Now));
        Assert.Null(history.UsualMedian("other", Now));
    }

    [Fact]
    public void Batches_older_than_a_week_drop_out()
    {
        var history = AnswerLengthHistory.Empty
            .With(new Dictionary<string, AnswerLengthHistory.Batch> { ["bot"] = new(Now.AddDays(-9), 20, 100) }, Now.AddDays(-9));
        Assert.Null(history.UsualMedian("bot", Now));
        var later = history.With(new Dictionary<string, AnswerLengthHistory.Batch> { ["bot"] = new(Now, 30, 5) }, Now);
        Assert.Single(later.Systems["bot"]);
    }
}
