using Telltale.Core.Projects;

namespace Telltale.Server.Background;

/// <summary>
/// A background job that runs for every project on a fixed interval. A failing project is logged and tried again at
/// the next interval; it never stops the others. Unless <see cref="WaitsForIngest"/> is off, each round first lets a
/// busy writer finish (see <see cref="IngestFirst"/>).
/// </summary>
public abstract partial class PerProjectLoop(IConfigStore config, IngestFirst ingestFirst, ILogger logger) : BackgroundService
{
    /// <summary>Where the projects (and any job's own settings, such as a watermark) are kept.</summary>
    protected IConfigStore Config { get; } = config;

    /// <summary>What the job does, for the log ("Online evaluation").</summary>
    protected abstract string Work { get; }
    protected abstract bool Enabled { get; }
    protected abstract TimeSpan Interval { get; }

    /// <summary>Whether a round may be held back while ingest is busy; off for work that must be on time.</summary>
    protected virtual bool WaitsForIngest => true;

    protected abstract Task RunAsync(string projectId, CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled) return;
        using var timer = new PeriodicTimer(Interval < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (WaitsForIngest) await ingestFirst.WaitForIngestToEaseAsync(Work, stoppingToken);
            foreach (var project in await Config.ListProjectsAsync(stoppingToken))
            {
                try
                {
                    await RunAsync(project.Id, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogFailed(ex, Work, project.Id);
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Work} of project {ProjectId} failed; it runs again at the next interval")]
    private partial void LogFailed(Exception ex, string work, string projectId);
}
