using Microsoft.Extensions.Options;
using Telltale.Core.Projects;

namespace Telltale.Server.Alerting;

/// <summary>Evaluates every project's rules on a schedule, after giving each new AI system the default rule pack.</summary>
public sealed partial class AlertEvaluationLoop(
    AlertingCycle cycle, IConfigStore config,
    IOptions<AlertingOptions> options, ILogger<AlertEvaluationLoop> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.IntervalSeconds)));
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogEvaluationFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task RunOnceAsync(CancellationToken ct)
    {
        foreach (var project in await config.ListProjectsAsync(ct))
        {
            await cycle.RunAsync(project.Id, ct);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Alert evaluation failed; it runs again at the next interval")]
    private partial void LogEvaluationFailed(Exception ex);
}
