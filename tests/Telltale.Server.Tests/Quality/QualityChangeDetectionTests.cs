using Telltale.Core.Alerting;
using Telltale.Core.Evaluation.Canary;
using Telltale.Core.Querying;
using Telltale.Server.Tests.Infrastructure;
using Telltale.Server.Tests.Infrastructure.OpenAi;

namespace Telltale.Server.Tests.Quality;

/// <summary>
/// The acceptance scenario of quality monitoring, end to end: a model that changes behaviour (a vendor's silent
/// update; refusing one request in five) is measured by the canary and by the online evaluators, and alerts fire;
/// while behaviour is unchanged, nothing fires.
/// </summary>
public class QualityChangeDetectionTests
{
    private const int Questions = 40;

    [Fact]
    public async Task A_silent_vendor_update_triggers_a_canary_run_that_regresses_and_quality_alerts_fire_while_nothing_fires_before()
    {
        await using var scenario = await QualityScenario.StartAsync();

        // Unchanged behaviour: production traffic, online evaluation, a baseline run and a second run. Nothing fires.
        await scenario.AskAsync(Questions);
        Assert.True(await scenario.EvaluateOnlineAsync() >= Questions * 3);
        var baseline = await scenario.RunCanaryAsync();
        Assert.Equal(CanaryRun.Completed, baseline.Status);
        Assert.Equal(SupportKnowledge.All.Count, baseline.ScoredItems);
        Assert.Equal(1.0, baseline.Score);
        Assert.Null(baseline.Comparison); // the first run becomes the baseline
        var again = await scenario.RunCanaryAsync();
        Assert.False(again.Comparison!.Regressed);
        Assert.Equal(0, again.Comparison.Overall.RelativeDrop);
        Assert.Empty(await scenario.RunDueCanariesAsync()); // just ran, and no new model version
        Assert.Empty(await scenario.FiringAlertsAsync());

        // The vendor ships a new snapshot under the same model name: longer, hedging answers.
        scenario.Model.Behaviour = AssistantBehaviour.VendorUpdate;
        await scenario.AskAsync(Questions);
        var triggered = Assert.Single(await scenario.RunDueCanariesAsync());
        Assert.Equal("model_change", triggered.Trigger);
        Assert.Equal(QualityStandIn.UpdatedSnapshot, triggered.TriggerDetail);
        Assert.Equal([QualityStandIn.UpdatedSnapshot], triggered.ResponseModels);

        // The answers still contain the fact (contains holds) but the judge marks every one down to 0.6.
        var comparison = triggered.Comparison!;
        Assert.True(comparison.Regressed, comparison.Verdict);
        Assert.Equal(baseline.Id, comparison.BaselineRunId);
        Assert.Equal(0.2, comparison.Overall.RelativeDrop, 6);
        Assert.True(comparison.Overall.PValue < 0.001, comparison.Verdict);
        Assert.Equal(1.0, Assert.Single(comparison.Scorers, s => s.Name == "contains").Score);
        Assert.Equal(0.6, Assert.Single(comparison.Scorers, s => s.Name == "correctness").Score, 6);

        await scenario.EvaluateOnlineAsync();
        var firing = await scenario.FiringAlertsAsync();
        var canaryAlert = Assert.Single(firing, a => a.RuleId == CanaryAlertRule.IdOf(QualityScenario.CanaryName));
        Assert.Equal(AlertSeverity.Critical, canaryAlert.Severity);
        Assert.Contains($"new model {QualityStandIn.UpdatedSnapshot} answering", canaryAlert.Context);
        Assert.Contains(firing, a => a.Metric == "score.hedging");
        Assert.Contains(firing, a => a.Metric == "score.verbosity");
        Assert.DoesNotContain(firing, a => a.Metric == "score.refusal");

        // Telltale's own calls (canary targets and the judge) are priced spans of their own system.
        var spend = await scenario.Telltale.GetAsync<MetricsResult>("/api/v1/metrics?range=1h&system=telltale-evaluation&groupBy=model");
        var judge = Assert.Single(spend.Series, s => s.Group["model"] == QualityStandIn.JudgeModel);
        Assert.Equal(3 * SupportKnowledge.All.Count, judge.Totals.Count);
        Assert.True(judge.Totals.CostUsd > 0);
        Assert.Contains(spend.Series, s => s.Group["model"] == QualityStandIn.UpdatedSnapshot && s.Totals.CostUsd > 0);
    }

    [Fact]
    public async Task A_model_refusing_one_request_in_five_is_caught_by_the_scheduled_canary_and_the_refusal_evaluator()
    {
        await using var scenario = await QualityScenario.StartAsync();
        await scenario.AskAsync(Questions);
        await scenario.EvaluateOnlineAsync();
        await scenario.RunCanaryAsync();
        Assert.Empty(await scenario.FiringAlertsAsync());

        scenario.Model.Behaviour = AssistantBehaviour.Refuses20Percent;
        await scenario.AskAsync(Questions);
        await scenario.EvaluateOnlineAsync();
        var run = await scenario.RunCanaryAsync();

        // The same model version answers, so only the schedule would have run it; the comparison is McNemar's on
        // the pass/fail scorer: every refused item went from pass to fail, none the other way.
        var refused = SupportKnowledge.All.Count(f => QualityStandIn.Answer(f.Question, AssistantBehaviour.Refuses20Percent) == QualityStandIn.Refusal);
        Assert.Equal(SupportKnowledge.All.Count / 5, refused);
        var contains = Assert.Single(run.Comparison!.Scorers, s => s.Name == "contains");
        Assert.Equal("mcnemar", contains.Test);
        Assert.Equal(refused, contains.Regressions);
        Assert.Equal(0, contains.Improvements);
        Assert.True(contains.Significant);
        Assert.True(run.Comparison.Regressed, run.Comparison.Verdict);
        Assert.Equal((double)refused / SupportKnowledge.All.Count, run.Comparison.Overall.RelativeDrop, 6);

        var firing = await scenario.FiringAlertsAsync();
        Assert.Contains(firing, a => a.RuleId == CanaryAlertRule.IdOf(QualityScenario.CanaryName));
        Assert.Contains(firing, a => a.Metric == "score.refusal");
        Assert.DoesNotContain(firing, a => a.Metric == "score.hedging");
    }
}
