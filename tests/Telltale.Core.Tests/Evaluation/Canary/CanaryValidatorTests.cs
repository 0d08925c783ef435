using Telltale.Core.Evaluation.Canary;
using Telltale.Core.Evaluation.Judging;
using Telltale.Core.Evaluation.Llm;
using Telltale.Core.Evaluation.Scoring;

namespace Telltale.Core.Tests.Evaluation.Canary;

public class CanaryValidatorTests
{
    private static readonly CanaryDefinition Valid = new()
    {
        Name = "golden", System = "support", Dataset = "questions",
        Target = new CanaryTarget("openai", "gpt-4o-mini", [new LlmMessage("system", "Be brief."), new LlmMessage("user", "{{input}}")]),
        Scorers = [new ScorerConfig("contains"), new ScorerConfig("llm_judge", "correctness", Judge: new JudgeDefinition("openai", "gpt-4o", "correctness"))],
    };

    [Fact]
    public void A_complete_definition_passes() => Assert.Empty(CanaryValidator.Validate(Valid, ["openai"]));

    [Fact]
    public void Every_problem_is_named_at_once()
    {
        var broken = Valid with
        {
            Name = "has space",
            Target = new CanaryTarget("nope", "", [new LlmMessage("robot", "{{question_text}}")]),
            Scorers = [new ScorerConfig("regex", Pattern: "(unclosed"), new ScorerConfig("fuzzy"), new ScorerConfig("json_schema")],
            Schedule = "hourly",
            MarginPercent = 0,
        };

        var errors = string.Join("\n", CanaryValidator.Validate(broken, ["openai"]));

        Assert.Contains("'name'", errors);
        Assert.Contains("'target.connection' must name an LLM connection of this project (openai); got 'nope'", errors);
        Assert.Contains("'target.model' is required", errors);
        Assert.Contains("'target.messages[0].role'", errors);
        Assert.Contains("{{question_text}}", errors);
        Assert.Contains("scorers[0]: 'pattern' is not a valid regular expression", errors);
        Assert.Contains("scorers[1]: 'type' must be one of", errors);
        Assert.Contains("scorers[2]: a json_schema scorer needs 'schema'", errors);
        Assert.Contains("'schedule' is not a valid cron expression", errors);
        Assert.Contains("'marginPercent'", errors);
    }

    [Fact]
    public void A_judge_prompt_with_an_unknown_variable_is_refused()
    {
        var canary = Valid with { Scorers = [new ScorerConfig("llm_judge", Judge: new JudgeDefinition("openai", "gpt-4o", "Rate {{answr}} please"))] };
        Assert.Contains(CanaryValidator.Validate(canary, ["openai"]), e => e.Contains("{{answr}}"));
    }

    [Fact]
    public void Two_scorers_with_one_name_are_refused()
    {
        var canary = Valid with { Scorers = [new ScorerConfig("contains"), new ScorerConfig("contains", Text: "refund")] };
        Assert.Contains(CanaryValidator.Validate(canary, ["openai"]), e => e.Contains("Two scorers are named 'contains'"));
    }
}
