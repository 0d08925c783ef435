using Telltale.Core.Changes;
using Telltale.Core.Evaluation.Canary;

namespace Telltale.Core.Tests.Evaluation.Canary;

public class CanaryDueTests
{
    private static readonly DateTimeOffset Created = new(2026, 12, 1, 9, 20, 0, TimeSpan.Zero);
    private static readonly CanaryDefinition Hourly = new() { Name = "c", System = "s", Dataset = "d", CreatedAt = Created };

    private static ChangeEvent ModelSeen(string model) => new()
    {
        Id = "x", Kind = ChangeKinds.ModelVersionSeen, Title = $"s: new model {model} answering", System = "s", Source = "traffic",
        Attributes = new Dictionary<string, string> { ["model"] = model },
    };

    [Fact]
    public void An_hourly_canary_is_due_at_the_top_of_the_next_hour()
    {
        Assert.Null(CanaryDue.Decide(Hourly, null, Created.AddMinutes(39), []));
        Assert.Equal("schedule", CanaryDue.Decide(Hourly, null, Created.AddMinutes(40), [])!.Trigger);
        var lastRun = new DateTimeOffset(2026, 12, 1, 10, 0, 5, TimeSpan.Zero);
        Assert.Null(CanaryDue.Decide(Hourly, lastRun, lastRun.AddMinutes(59), []));
        Assert.NotNull(CanaryDue.Decide(Hourly, lastRun, lastRun.AddMinutes(60), []));
    }

    [Fact]
    public void A_new_model_version_runs_it_at_once_naming_the_model()
    {
        var decision = CanaryDue.Decide(Hourly, Created.AddMinutes(1), Created.AddMinutes(2), [ModelSeen("gpt-4o-2024-11-20")])!;
        Assert.Equal("model_change", decision.Trigger);
        Assert.Equal("gpt-4o-2024-11-20", decision.Detail);
    }

    [Fact]
    public void A_disabled_canary_or_one_that_ignores_model_changes_waits_for_its_schedule()
    {
        Assert.Null(CanaryDue.Decide(Hourly with { Enabled = false }, null, Created.AddDays(1), [ModelSeen("m")]));
        Assert.Null(CanaryDue.Decide(Hourly with { RunOnNewModelVersion = false }, Created.AddMinutes(1), Created.AddMinutes(2), [ModelSeen("m")]));
    }

    [Theory]
    [InlineData("0 * * * *", true)]
    [InlineData("*/15 9-17 * * 1-5", true)]
    [InlineData("every hour", false)]
    [InlineData("", false)]
    public void Schedules_are_cron(string cron, bool valid) => Assert.Equal(valid, CanarySchedule.Error(cron) is null);
}
