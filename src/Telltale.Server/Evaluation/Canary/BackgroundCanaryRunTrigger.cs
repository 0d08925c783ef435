using Telltale.Core.Evaluation.Canary;

namespace Telltale.Server.Evaluation.Canary;

/// <summary>Manual runs on the thread pool, cancelled only when the server stops: a caller that goes away (a
/// request answered 202, a closed dashboard tab) leaves the run to finish and be saved.</summary>
public sealed partial class BackgroundCanaryRunTrigger(CanaryRunner runner, IHostApplicationLifetime lifetime,
    ILogger<BackgroundCanaryRunTrigger> logger) : ICanaryRunTrigger
{
    public Task<CanaryRun> Start(string projectId, CanaryDefinition canary, string detail)
    {
        var run = Task.Run(() => runner.RunAsync(projectId, canary, CanaryRunner.ManualTrigger, detail, lifetime.ApplicationStopping),
            CancellationToken.None);
        // Nobody may be waiting for it; a failure is logged rather than lost as an unobserved task exception.
        _ = run.ContinueWith(t => LogFailed(t.Exception!, canary.Name), CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted,
            TaskScheduler.Default);
        return run;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Manual run of canary {Canary} failed")]
    private partial void LogFailed(Exception ex, string canary);
}
