using Microsoft.Extensions.DependencyInjection;
using Telltale.Core.Changes;
using Telltale.Core.Evaluation.Canary;
using Telltale.Core.Querying;
using Telltale.Server;
using Telltale.Server.Evaluation.Canary;
using Telltale.Simulation.Canary;
using Telltale.Simulation.Running;

namespace Telltale.Cli.Bench;

/// <summary>
/// The canary scheduler's decisions, taken on the benchmark's simulated clock: a baseline at the start of the
/// incident phase, then a run whenever the schedule or a new model version in the support assistant's traffic says
/// so, each stamped at its simulated moment with the model behaving as it did then.
/// </summary>
public sealed class SimulatedCanary(TelltaleServer server, string projectId, SimulatedSupportModel model)
{
    private readonly CanaryRunner _runner = server.Services.GetRequiredService<CanaryRunner>();
    private readonly ICanaryStore _store = server.Services.GetRequiredService<ICanaryStore>();
    private readonly IChangeStore _changes = server.Services.GetRequiredService<IChangeStore>();
    private DateTimeOffset _lastRun;

    public int Runs { get; private set; }

    public async Task RunBaselineAsync(DateTimeOffset at, CancellationToken ct)
    {
        await RunAsync(at, "manual", "baseline at the start of the incident phase", ct);
    }

    public async Task RunIfDueAsync(DateTimeOffset now, CancellationToken ct)
    {
        var canary = await CanaryAsync(ct);
        var changes = (await _changes.ListAsync(projectId, new TimeRange(_lastRun, now), canary.System, null, ct))
            .Where(c => CanaryDue.IsModelChange(c) && c.System == canary.System && c.Time > _lastRun).ToList();
        if (CanaryDue.Decide(canary, _lastRun, now, changes) is { } decision) await RunAsync(now, decision.Trigger, decision.Detail, ct);
    }

    private async Task RunAsync(DateTimeOffset at, string trigger, string? detail, CancellationToken ct)
    {
        model.Clock = () => at;
        await _runner.RunAtAsync(projectId, await CanaryAsync(ct), trigger, detail, at, ct);
        _lastRun = at;
        Runs++;
    }

    private async Task<CanaryDefinition> CanaryAsync(CancellationToken ct) =>
        await _store.GetAsync(projectId, DemoCanary.Name, ct) ?? throw new InvalidOperationException($"The canary '{DemoCanary.Name}' was not defined.");
}
