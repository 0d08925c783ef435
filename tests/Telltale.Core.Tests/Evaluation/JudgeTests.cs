using Telltale.Core.Evaluation.Judging;
using Telltale.Core.Evaluation.Llm;
using Telltale.Core.Evaluation.Scoring;

namespace Telltale.Core.Tests.Evaluation;

public class JudgeTests
{
    [Theory]
    [InlineData("""{"score": 0.8, "reason": "Mostly right."}""", 0, 1, 0.8, "Mostly right.")]
    [InlineData("Here is my verdict:\n```json\n{\"score\": \"4\", \"reason\": \"Good\"}\n```", 1, 5, 0.75, "Good")]
    [InlineData("7", 0, 10, 0.7, "7")]
    public void Verdicts_are_read_and_mapped_to_the_unit_interval(string reply, double min, double max, double score, string reason)
    {
        var verdict = JudgeVerdictParser.Parse(reply, min, max)!;
        Assert.Equal(score, verdict.Score, 10);
        Assert.Equal(reason, verdict.Reason);
    }

    [Theory]
    [InlineData("I cannot judge this.")]
    [InlineData("""{"score": 12}""")]
    [InlineData("""{"verdict": "good"}""")]
    public void A_reply_without_a_score_on_the_scale_is_no_verdict(string reply) => Assert.Null(JudgeVerdictParser.Parse(reply, 0, 1));

    [Fact]
    public void Templates_fill_known_variables_and_report_unknown_ones()
    {
        var template = new PromptTemplate("Q: {{ question }}\nA: {{answer}}\nTier: {{metadata.tier}}\n{{nope}}");
        Assert.Equal(["nope"], template.Unknown(JudgeVariables.Offered));
        var text = template.Render(JudgeVariables.Of("Where is my parcel?", "In Lyon.", null, null, null, null, new Dictionary<string, string> { ["tier"] = "gold" }));
        Assert.Equal("Q: Where is my parcel?\nA: In Lyon.\nTier: gold\n", text);
    }

    [Fact]
    public void Ready_made_prompts_use_only_offered_variables()
    {
        foreach (var (name, prompt) in JudgePrompts.ByName)
            Assert.True(new PromptTemplate(prompt).Unknown(JudgeVariables.Offered).Count == 0, name);
    }

    private sealed class ScriptedClient(LlmCompletion completion) : ILlmClient
    {
        public LlmRequest? Asked { get; private set; }

        public Task<LlmCompletion> CompleteAsync(LlmConnection connection, LlmRequest request, CancellationToken ct)
        {
            Asked = request;
            return Task.FromResult(completion);
        }
    }

    [Fact]
    public async Task A_judge_scorer_sends_the_rendered_prompt_and_returns_its_call_even_when_the_judge_fails()
    {
        var connection = new LlmConnection("judge", new Uri("http://127.0.0.1:1/v1/"), "sk");
        var ok = new ScriptedClient(new LlmCompletion { Text = """{"score": 1, "reason": "Exact."}""", InputTokens = 90, OutputTokens = 12 });
        var scorer = ScorerFactory.Create(new ScorerConfig("llm_judge", "correct", Judge: new JudgeDefinition("judge", "gpt-4o", "correctness")), _ => connection, ok);

        var result = (await scorer.ScoreAsync(new ScoringInput("Return window?", "It is 30 days.", "30 days"), CancellationToken.None))!;

        Assert.Equal(1, result.Value);
        Assert.Contains("Reference answer:\n30 days", ok.Asked!.Messages[1].Content);
        Assert.Equal("system", ok.Asked.Messages[0].Role);
        Assert.Equal(90, result.JudgeCall!.Completion.InputTokens);

        var down = new ScriptedClient(new LlmCompletion { Error = "judge answered HTTP 503" });
        var failed = (await ScorerFactory.Create(new ScorerConfig("llm_judge", "correct", Judge: new JudgeDefinition("judge", "gpt-4o", "correctness")), _ => connection, down)
            .ScoreAsync(new ScoringInput("q", "a", "r"), CancellationToken.None))!;
        Assert.True(double.IsNaN(failed.Value));
        Assert.Equal("judge answered HTTP 503", failed.Reason);
        Assert.NotNull(failed.JudgeCall);
    }
}
