using Telltale.Core.Evaluation.Canary;

namespace Telltale.Core.Tests.Evaluation.Canary;

public class CanaryBaselineTests
{
    private static readonly CanaryDefinition Canary = new() { Id = "c1", Name = "golden", BaselineRunId = "old" };

    private static CanaryRun Run(string status, string canaryId = "c1") => new()
    {
        Id = "new", CanaryId = canaryId, CanaryName = "golden", System = "s", Trigger = CanaryTriggers.Manual, TargetModel = "m", Status = status,
    };

    [Fact]
    public void Only_a_completed_run_of_the_same_canary_can_become_its_baseline()
    {
        Assert.True(CanaryBaseline.CanPin(Canary, Run(CanaryRun.Completed)));
        Assert.False(CanaryBaseline.CanPin(Canary, Run(CanaryRun.Failed)));
        Assert.False(CanaryBaseline.CanPin(Canary, Run(CanaryRun.Running)));
        Assert.False(CanaryBaseline.CanPin(Canary, Run(CanaryRun.Completed, canaryId: "other")));
        Assert.Throws<ArgumentException>(() => CanaryBaseline.Pin(Canary, Run(CanaryRun.Failed), DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public void Pinning_replaces_the_baseline_and_stamps_the_change()
    {
        var now = DateTimeOffset.UnixEpoch.AddDays(1);
        var pinned = CanaryBaseline.Pin(Canary, Run(CanaryRun.Completed), now);

        Assert.Equal("new", pinned.BaselineRunId);
        Assert.Equal(now, pinned.UpdatedAt);
    }
}
