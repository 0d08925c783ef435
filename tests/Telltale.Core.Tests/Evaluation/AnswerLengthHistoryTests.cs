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

    [Fact]
    public void A_week_of_rounds_every_30_seconds_keeps_one_entry_an_hour_and_the_whole_week()
    {
        var history = AnswerLengthHistory.Empty;
        var start = Now.AddDays(-7).AddMinutes(1);
        // The first three days answer in 20 words, the last four in 30: the weighted median is 30.
        for (var t = start; t <= Now; t = t.AddSeconds(30))
            history = history.With(new Dictionary<string, AnswerLengthHistory.Batch> { ["bot"] = new(t, t < Now.AddDays(-4) ? 20 : 30, 10) }, t);

        Assert.InRange(history.Systems["bot"].Count, 168, 169);
        Assert.Equal(20, history.Systems["bot"][0].MedianWords);
        Assert.Equal(30, history.UsualMedian("bot", Now));
        Assert.Equal(1200, history.Systems["bot"][10].Calls); // 120 rounds an hour, 10 calls each
    }
}
