using System.Globalization;
using Microsoft.Extensions.Options;
using Telltale.Core.Changes;
using Telltale.Core.Evaluation.Canary;
using Telltale.Core.Projects;
using Telltale.Core.Querying;

namespace Telltale.Server.Evaluation.Canary;

/// <summary>
/// Starts canary runs when they are due: on their cron schedule, and as soon as a new model version is seen
/// answering the system a canary guards (a vendor's silent update is exactly what it is there to measure). Model
/// changes are acted on once: a per-canary watermark of the newest change handled is kept in the settings.
/// </summary>
public sealed partial class CanaryScheduler(ICanaryStore store, CanaryRunner runner, IChangeStore changes, IConfigStore config,
    IOptions<CanaryOptions> options, TimeProvider time, ILogger<CanaryScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.IntervalSeconds)), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var project in await config.ListProjectsAsync(stoppingToken))
            {
                try
                {
                    await RunDueAsync(project.Id, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogFailed(ex, project.Id);
                }
            }
        }
    }

    /// <summary>Runs every canary of the project that is due now, one after another.</summary>
    public async Task<IReadOnlyList<CanaryRun>> RunDueAsync(string projectId, CancellationToken ct)
    {
        var runs = new List<CanaryRun>();
        var now = time.GetUtcNow();
        foreach (var canary in await store.ListAsync(projectId, ct))
        {
            var last = (await store.ListRunsAsync(projectId, canary.Id, 1, ct)).FirstOrDefault();
            var watermarkName = $"canary-model-watermark-{canary.Id}";
            var watermark = await config.GetSettingAsync(projectId, watermarkName, ct) is { } w
                ? DateTimeOffset.Parse(w, CultureInfo.InvariantCulture)
                : canary.CreatedAt;
            var unseen = watermark < now
                ? (await changes.ListAsync(projectId, new TimeRange(watermark, now), canary.System, null, ct))
                    .Where(c => CanaryDue.IsModelChange(c) && c.System == canary.System && c.Time > watermark).ToList()
                : [];
            if (CanaryDue.Decide(canary, last?.StartedAt, now, unseen) is not { } decision) continue;
            if (unseen.Count > 0)
                await config.SetSettingAsync(projectId, watermarkName, unseen.Max(c => c.Time).ToString("O", CultureInfo.InvariantCulture), ct);
            runs.Add(await runner.RunAsync(projectId, canary, decision.Trigger, decision.Detail, ct));
        }
        return runs;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Canary scheduling for project {ProjectId} failed; it is tried again at the next interval")]
    private partial void LogFailed(Exception ex, string projectId);
}
