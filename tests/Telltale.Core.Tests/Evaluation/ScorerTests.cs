using System.Text.Json;
using System.Text.RegularExpressions;
using Telltale.Core.Evaluation.Scoring;

namespace Telltale.Core.Tests.Evaluation;

public class ScorerTests
{
    private static ScoringInput Item(string output, string? reference = null) => new("What is the return window?", output, reference);

    private static async Task<double?> ScoreAsync(ICanaryScorer scorer, ScoringInput input) => (await scorer.ScoreAsync(input, CancellationToken.None))?.Value;

    [Theory]
    [InlineData("30 days", "30 days", 1)]
    [InlineData("  30   DAYS ", "30 days", 1)]
    [InlineData("It is 30 days.", "30 days", 0)]
    public async Task Exact_match_ignores_case_and_spacing(string output, string reference, double expected) =>
        Assert.Equal(expected, await ScoreAsync(new ExactMatchScorer(), Item(output, reference)));

    [Fact]
    public async Task Exact_match_without_a_reference_does_not_score() => Assert.Null(await ScoreAsync(new ExactMatchScorer(), Item("x")));

    [Theory]
    [InlineData("The return window is 30 Days from delivery.", "30 days", 1)]
    [InlineData("The return window is 14 days.", "30 days", 0)]
    public async Task Contains_looks_for_the_reference(string output, string reference, double expected) =>
        Assert.Equal(expected, await ScoreAsync(new ContainsScorer(), Item(output, reference)));

    [Fact]
    public async Task Contains_with_a_fixed_text_ignores_the_reference() =>
        Assert.Equal(1, await ScoreAsync(new ContainsScorer("mentions-policy", "refund policy"), Item("See our Refund  Policy.", "30 days")));

    [Fact]
    public async Task Regex_must_match_or_must_not()
    {
        var orderId = new Regex(@"\bA-\d{4}\b");
        Assert.Equal(1, await ScoreAsync(new RegexScorer("order", orderId), Item("Order A-1042 shipped.")));
        Assert.Equal(0, await ScoreAsync(new RegexScorer("order", orderId), Item("Your order shipped.")));
        Assert.Equal(0, await ScoreAsync(new RegexScorer("no-email", new Regex(@"\S+@\S+"), mustMatch: false), Item("Write to jane@example.com")));
    }

    [Fact]
    public async Task Json_schema_conformance_names_what_is_wrong()
    {
        using var schema = JsonDocument.Parse("""
            { "type": "object", "required": ["intent", "confidence"],
              "properties": { "intent": { "enum": ["refund", "shipping"] }, "confidence": { "type": "number", "minimum": 0, "maximum": 1 } } }
            """);
        var check = JsonSchemaCheck.Compile(schema.RootElement).Check!;
        var scorer = new JsonSchemaScorer("schema", check);

        Assert.Equal(1, await ScoreAsync(scorer, Item("```json\n{\"intent\": \"refund\", \"confidence\": 0.9}\n```")));
        var wrong = (await scorer.ScoreAsync(Item("""{"intent": "complaint", "confidence": 2}"""), CancellationToken.None))!;
        Assert.Equal(0, wrong.Value);
        Assert.Contains("/intent", wrong.Reason);
        var notJson = (await scorer.ScoreAsync(Item("refund, probably"), CancellationToken.None))!;
        Assert.Equal(0, notJson.Value);
        Assert.StartsWith("Not valid JSON", notJson.Reason);
    }

    [Fact]
    public void An_unusable_schema_is_refused_when_configured()
    {
        using var doc = JsonDocument.Parse("""{ "type": 12 }""");
        Assert.NotNull(JsonSchemaCheck.Compile(doc.RootElement).Error);
        using var array = JsonDocument.Parse("[1]");
        Assert.Equal("'schema' must be a JSON Schema object.", JsonSchemaCheck.Compile(array.RootElement).Error);
    }
}
