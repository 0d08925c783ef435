using Microsoft.Extensions.Options;
using Telltale.Core.Alerting;
using Telltale.Core.Alerting.Incidents;

namespace Telltale.Server.Alerting;

/// <summary>One round for one project: default rules for new systems, evaluation, incidents, notifications, repeats.</summary>
public sealed class AlertingCycle(DefaultRuleSeeder seeder, AlertEvaluator evaluator, IncidentTracker incidents,
    NotificationDispatcher notifications, IOptions<AlertingOptions> options)
{
    public async Task<IReadOnlyList<AlertRecord>> RunAsync(string projectId, CancellationToken ct)
    {
        if (options.Value.DefaultRules) await seeder.SeedAsync(projectId, ct);
        var changes = await evaluator.EvaluateProjectAsync(projectId, ct);
        await incidents.RecordAsync(projectId, changes, ct);
        await notifications.DispatchAsync(projectId, changes, ct);
        await notifications.RepeatAsync(projectId, ct);
        return changes;
    }
}
