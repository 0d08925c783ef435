namespace Telltale.Core.Alerting;

/// <summary>Rules, their per-group evaluation state and the alerts they raised, per project. State is persisted so a
/// restart neither loses a firing alert nor announces it twice.</summary>
public interface IAlertStore
{
    Task<IReadOnlyList<AlertRule>> ListRulesAsync(string projectId, CancellationToken ct);
    Task<AlertRule?> GetRuleAsync(string projectId, string ruleId, CancellationToken ct);
    Task SaveRuleAsync(string projectId, AlertRule rule, CancellationToken ct);
    Task<bool> DeleteRuleAsync(string projectId, string ruleId, CancellationToken ct);

    /// <summary>Projects that have at least one rule, for the evaluation loop.</summary>
    Task<IReadOnlyList<string>> ProjectsWithRulesAsync(CancellationToken ct);

    /// <summary>States of one rule by group key.</summary>
    Task<IReadOnlyDictionary<string, AlertState>> GetStatesAsync(string projectId, string ruleId, CancellationToken ct);

    /// <summary>Saves states and the alerts that changed with them in one transaction, so they never disagree.</summary>
    Task SaveEvaluationAsync(string projectId, string ruleId, IReadOnlyDictionary<string, AlertState> states,
        IReadOnlyList<AlertRecord> alertChanges, CancellationToken ct);

    /// <summary>The open (firing) alert of a rule's group, if any.</summary>
    Task<AlertRecord?> GetOpenAlertAsync(string projectId, string ruleId, string groupKey, CancellationToken ct);

    Task<AlertRecord?> GetAlertAsync(string projectId, string alertId, CancellationToken ct);

    Task<IReadOnlyList<AlertRecord>> ListAlertsAsync(string projectId, string? state, int limit, CancellationToken ct);
}
