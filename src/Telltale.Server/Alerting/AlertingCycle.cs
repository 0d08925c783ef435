using Microsoft.Extensions.Options;
using Telltale.Core.Alerting;
using Telltale.Core.Alerting.Incidents;

namespace Telltale.Server.Alerting;

/// <summary>One round for one project: default rules for new systems, evaluation, incidents, notifications, repeats.</summary>
public sealed class AlertingCycle(DefaultRuleSeeder seeder, AlertEvaluator evaluator, IncidentTracker incidents,
    NotificationDispatcher notifications, IOptions<AlertingOptions> options)
{
    // A round started by an event (a finished canary run) must not interleave with the scheduled one: both save
    // the same rule states.
    private readonly SemaphoreSlim _round = new(1, 1);

    public async Task<IReadOnlyList<AlertRecord>> RunAsync(string projectId, CancellationToken ct)
    {
        await _round.WaitAsync(ct);
        try
        {
            if (options.Value.DefaultRules) await seeder.SeedAsync(projectId, ct);
            var changes = await evaluator.EvaluateProjectAsync(projectId, ct);
            await incidents.RecordAsync(projectId, changes, ct);
            await notifications.DispatchAsync(projectId, changes, ct);
            await notifications.RepeatAsync(projectId, ct);
            return changes;
        }
        finally
        {
            _round.Release();
        }
    }

    /// <summary>Evaluates only the rules on some metrics now, with incidents and notifications, for results that
    /// arrive at a moment of their own (a canary run) rather than on the alerting schedule.</summary>
    public async Task<IReadOnlyList<AlertRecord>> RunRulesAsync(string projectId, Func<AlertRule, bool> which, CancellationToken ct)
    {
        await _round.WaitAsync(ct);
        try
        {
            if (options.Value.DefaultRules) await seeder.SeedAsync(projectId, ct);
            var changes = await evaluator.EvaluateProjectAsync(projectId, ct, which);
            await incidents.RecordAsync(projectId, changes, ct);
            await notifications.DispatchAsync(projectId, changes, ct);
            return changes;
        }
        finally
        {
            _round.Release();
        }
    }
}
