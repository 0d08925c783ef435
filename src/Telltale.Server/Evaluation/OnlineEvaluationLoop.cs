using Microsoft.Extensions.Options;
using Telltale.Core.Projects;

namespace Telltale.Server.Evaluation;

/// <summary>Runs the online evaluators for every project on a schedule.</summary>
public sealed partial class OnlineEvaluationLoop(OnlineEvaluationRunner runner, IConfigStore config,
    IOptions<EvaluationOptions> options, ILogger<OnlineEvaluationLoop> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.IntervalSeconds)));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var project in await config.ListProjectsAsync(stoppingToken))
            {
                try
                {
                    await runner.RunAsync(project.Id, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogFailed(ex, project.Id);
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Online evaluation of project {ProjectId} failed; it runs again at the next interval")]
    private partial void LogFailed(Exception ex, string projectId);
}
