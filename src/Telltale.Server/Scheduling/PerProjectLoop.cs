using Telltale.Core.Projects;

namespace Telltale.Server.Scheduling;

/// <summary>
/// A background job run for every project at a fixed interval, first one interval after start-up. A project whose run
/// fails is logged and tried again next time; the other projects go on.
/// </summary>
public abstract partial class PerProjectLoop(IConfigStore config, ILogger logger) : BackgroundService
{
    /// <summary>What the log calls the job ("Online evaluation").</summary>
    protected abstract string JobName { get; }
    protected abstract bool Enabled { get; }
    protected abstract TimeSpan Interval { get; }

    protected abstract Task RunAsync(string projectId, CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled) return;
        using var timer = new PeriodicTimer(Interval < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var project in await config.ListProjectsAsync(stoppingToken))
            {
                try
                {
                    await RunAsync(project.Id, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogFailed(logger, ex, JobName, project.Id);
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Job} of project {ProjectId} failed; it runs again at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception ex, string job, string projectId);
}
