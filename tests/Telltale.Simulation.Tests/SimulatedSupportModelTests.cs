using Telltale.Simulation.Canary;
using Telltale.Simulation.Content;
using Telltale.Simulation.Scenarios;
using Telltale.Simulation.Systems;

namespace Telltale.Simulation.Tests;

/// <summary>The model the demo's and the benchmark's canaries call: it behaves as the scenario says at its clock's
/// time, and its judge grades with a fixed rubric.</summary>
public class SimulatedSupportModelTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);
    private static readonly Scenario Scenario = ScenarioCatalog.Bench(Now);
    private static readonly Incident Update = Scenario.Incidents.Single(i => i.Kind == IncidentKind.VendorModelUpdate);

    [Fact]
    public void The_golden_set_has_sixty_distinct_questions_over_the_six_intents()
    {
        Assert.Equal(60, SupportGoldenSet.Items.Count);
        Assert.Equal(60, SupportGoldenSet.Items.Select(i => i.Question).Distinct().Count());
        Assert.Equal(60, SupportGoldenSet.Items.Select(i => i.Id).Distinct().Count());
        Assert.Equal(SupportContent.Intents.Select(i => i.Name).Order(), SupportGoldenSet.Items.Select(i => i.Intent).Distinct().Order());
    }

    [Fact]
    public void Before_the_vendor_update_answers_are_plain_and_after_it_longer_hedged_and_from_the_new_snapshot()
    {
        var model = new SimulatedSupportModel(Scenario);
        var item = SupportGoldenSet.Items[7];
        var ask = new List<(string, string)> { ("system", "Be brief."), ("user", $"Customer: {item.Question}") };

        model.Clock = () => Update.Onset.AddHours(-1);
        var before = model.Complete("gpt-4o", ask);
        model.Clock = () => Update.Onset.AddHours(1);
        var after = model.Complete("gpt-4o", ask);

        Assert.Equal(ModelSpec.Gpt4o.ResponseModel, before.Model);
        Assert.Equal(ModelSpec.Gpt4oUpdated.ResponseModel, after.Model);
        Assert.Contains(item.Fact, before.Text);
        Assert.Contains(item.Fact, after.Text);
        Assert.True(after.OutputTokens > before.OutputTokens * 1.3, $"{after.OutputTokens} vs {before.OutputTokens}");
        Assert.Contains("I think", after.Text);
        Assert.DoesNotContain("I think", before.Text);
    }

    [Theory]
    [InlineData(false, 1.0)]
    [InlineData(true, 0.6)]
    public void The_judge_grades_a_plain_right_answer_1_and_a_hedged_one_0_6(bool hedged, double expected)
    {
        var item = SupportGoldenSet.Items[0];
        var prompt = $"Question:\n{item.Question}\n\nReference answer:\n{item.Fact}\n\nAnswer to judge:\n{SimulatedSupportModel.Answer(item.Question, hedged)}";
        var reply = new SimulatedSupportModel(Scenario).Complete(SimulatedSupportModel.JudgeModel, [("system", "Judge."), ("user", prompt)]);
        Assert.Contains($"\"score\": {expected.ToString(System.Globalization.CultureInfo.InvariantCulture)}", reply.Text);
    }

    [Fact]
    public void A_wrong_answer_scores_0()
    {
        var prompt = "Reference answer:\n45 days\n\nAnswer to judge:\nIt is 30 days.";
        Assert.Contains("\"score\": 0", new SimulatedSupportModel(Scenario).Complete(SimulatedSupportModel.JudgeModel, [("user", prompt)]).Text);
    }

    [Theory]
    [InlineData("canaryRegression.support-golden", true)]
    [InlineData("canaryScore", true)]
    [InlineData("score.hedging", true)]
    [InlineData("score.refusal", false)]
    public void Canary_alerts_count_for_the_vendor_update_whatever_the_canary_is_called(string metric, bool moves) =>
        Assert.Equal(moves, IncidentSignals.Moves(IncidentKind.VendorModelUpdate, metric));
}
