using System.Text.Json;
using Telltale.Core.Review;
using Telltale.Core.Scores;

namespace Telltale.Core.Tests.Review;

public sealed class AnnotationValidatorTests
{
    private static readonly ReviewItem Item = new()
    {
        Id = "item1", TraceId = "trace1", System = "support", SessionId = "sess1", Stratum = "billing",
        TraceTime = new DateTimeOffset(2026, 11, 3, 10, 0, 0, TimeSpan.Zero), WeekStart = new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.Zero),
        SampledAt = new DateTimeOffset(2026, 11, 3, 11, 0, 0, TimeSpan.Zero),
    };

    private static readonly ScoreConfig[] Configs =
    [
        new() { Id = "1", Name = "accuracy", DataType = ScoreRecord.Numeric, Min = 1, Max = 5 },
        new() { Id = "2", Name = "tone", DataType = ScoreRecord.Categorical, Categories = ["polite", "curt"] },
        new() { Id = "3", Name = "refused", DataType = ScoreRecord.Boolean },
    ];

    private static (IReadOnlyList<ScoreRecord> Scores, IReadOnlyList<string> Errors) Annotate(string valuesJson, string? comment = null) =>
        AnnotationValidator.ToScores(Item, Configs,
            new ReviewAnnotation(JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(valuesJson), comment, "alice"));

    [Fact]
    public void Values_become_annotation_scores_on_the_items_trace_timed_at_the_trace()
    {
        var (scores, errors) = Annotate("""{"accuracy": 4, "tone": "polite", "refused": false}""", "Fine answer.");

        Assert.Empty(errors);
        Assert.All(scores, s => Assert.Equal(("trace1", "sess1", "support", "annotation", "Fine answer.", Item.TraceTime),
            (s.TraceId, s.SessionId, s.System, s.Source, s.Comment, s.Time)));
        Assert.Equal(4, scores.Single(s => s.Name == "accuracy").NumericValue);
        Assert.Equal(("categorical", "polite"), scores.Where(s => s.Name == "tone").Select(s => (s.DataType, s.StringValue)).Single());
        Assert.Equal(("boolean", 0.0, "false"), scores.Where(s => s.Name == "refused").Select(s => (s.DataType, s.NumericValue!.Value, s.StringValue)).Single());
    }

    [Fact]
    public void A_value_may_be_left_out_or_null_and_a_comment_alone_is_an_annotation()
    {
        Assert.Single(Annotate("""{"accuracy": 2, "tone": null}""").Scores);
        var (scores, errors) = Annotate("{}", "Could not tell.");
        Assert.Empty(errors);
        Assert.Empty(scores);
    }

    [Theory]
    [InlineData("""{"accuracy": 7}""", "'accuracy' must be a number from 1 to 5; got 7.")]
    [InlineData("""{"accuracy": "four"}""", "'accuracy' must be a number from 1 to 5; got \"four\".")]
    [InlineData("""{"tone": "meh"}""", "'tone' must be one of polite, curt; got \"meh\".")]
    [InlineData("""{"refused": "yes"}""", "'refused' must be true or false; got \"yes\".")]
    [InlineData("""{"helpfulness": 3}""", "'helpfulness' is not a score config of this queue; use accuracy, tone, refused.")]
    [InlineData("{}", "Give at least one value ('values': { \"<config>\": … }) or a 'comment'.")]
    public void A_bad_value_is_refused_naming_the_config_and_what_it_accepts(string values, string message)
    {
        var (scores, errors) = Annotate(values);

        Assert.Empty(scores);
        Assert.Equal(message, Assert.Single(errors));
    }

    [Fact]
    public void One_bad_value_refuses_the_whole_annotation()
    {
        var (scores, errors) = Annotate("""{"accuracy": 3, "tone": "meh", "refused": 1}""");

        Assert.Empty(scores);
        Assert.Equal(2, errors.Count);
    }
}
