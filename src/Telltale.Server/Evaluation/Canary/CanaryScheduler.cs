using System.Globalization;
using Microsoft.Extensions.Options;
using Telltale.Core.Changes;
using Telltale.Core.Evaluation.Canary;
using Telltale.Core.Projects;
using Telltale.Core.Querying;
using Telltale.Server.Background;

namespace Telltale.Server.Evaluation.Canary;

/// <summary>
/// Starts canary runs when they are due: on their cron schedule, and as soon as a new model version is seen
/// answering the system a canary guards (a vendor's silent update is exactly what it is there to measure). Model
/// changes are acted on once: a per-canary watermark of the newest change handled is kept in the settings.
/// </summary>
public sealed class CanaryScheduler(ICanaryStore store, CanaryRunner runner, IChangeStore changes, IConfigStore config,
    IOptions<CanaryOptions> options, TimeProvider time, IngestFirst ingestFirst, ILogger<CanaryScheduler> logger) : PerProjectLoop(config, ingestFirst, logger)
{
    protected override string Work => "Canary scheduling";
    protected override bool Enabled => options.Value.Enabled;
    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.IntervalSeconds);

    /// <summary>A canary is mostly waiting on its model endpoint, and a vendor's model change should be measured now.</summary>
    protected override bool WaitsForIngest => false;

    protected override Task RunAsync(string projectId, CancellationToken ct) => RunDueAsync(projectId, ct);

    /// <summary>Runs every canary of the project that is due now, one after another.</summary>
    public async Task<IReadOnlyList<CanaryRun>> RunDueAsync(string projectId, CancellationToken ct)
    {
        var runs = new List<CanaryRun>();
        var now = time.GetUtcNow();
        foreach (var canary in await store.ListAsync(projectId, ct))
        {
            var last = (await store.ListRunsAsync(projectId, canary.Id, 1, ct)).FirstOrDefault();
            var watermarkName = $"canary-model-watermark-{canary.Id}";
            var watermark = await Config.GetSettingAsync(projectId, watermarkName, ct) is { } w
                ? DateTimeOffset.Parse(w, CultureInfo.InvariantCulture)
                : canary.CreatedAt;
            var unseen = watermark < now
                ? (await changes.ListAsync(projectId, new TimeRange(watermark, now), canary.System, null, ct))
                    .Where(c => CanaryDue.IsModelChange(c) && c.System == canary.System && c.Time > watermark).ToList()
                : [];
            if (CanaryDue.Decide(canary, last?.StartedAt, now, unseen) is not { } decision) continue;
            if (unseen.Count > 0)
                await Config.SetSettingAsync(projectId, watermarkName, unseen.Max(c => c.Time).ToString("O", CultureInfo.InvariantCulture), ct);
            runs.Add(await runner.RunAsync(projectId, canary, decision.Trigger, decision.Detail, ct));
        }
        return runs;
    }
}
