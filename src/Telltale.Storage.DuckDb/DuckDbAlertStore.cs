using System.Data.Common;
using Telltale.Core.Alerting;
using Telltale.Core.Serialization;

namespace Telltale.Storage.DuckDb;

/// <summary>Alert rules, states and alerts as JSON documents in the embedded file.</summary>
public sealed class DuckDbAlertStore(DuckDbDatabase database) : IAlertStore
{
    public Task<IReadOnlyList<AlertRule>> ListRulesAsync(string projectId, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<AlertRule>>(database.Query("SELECT rule FROM alert_rules WHERE project_id = $1 ORDER BY id",
            r => TelltaleJson.Deserialize<AlertRule>(r.GetString(0))!, projectId));

    public Task<AlertRule?> GetRuleAsync(string projectId, string ruleId, CancellationToken ct) =>
        Task.FromResult(database.Query("SELECT rule FROM alert_rules WHERE project_id = $1 AND id = $2",
            r => TelltaleJson.Deserialize<AlertRule>(r.GetString(0)), projectId, ruleId).FirstOrDefault());

    public Task SaveRuleAsync(string projectId, AlertRule rule, CancellationToken ct)
    {
        database.InTransaction(c =>
        {
            c.Execute("DELETE FROM alert_rules WHERE project_id = $1 AND id = $2", projectId, rule.Id);
            c.Execute("INSERT INTO alert_rules VALUES ($1, $2, $3, $4)", projectId, rule.Id, TelltaleJson.Serialize(rule), DateTimeOffset.UtcNow);
        });
        return Task.CompletedTask;
    }

    public Task<bool> DeleteRuleAsync(string projectId, string ruleId, CancellationToken ct)
    {
        var deleted = 0;
        database.InTransaction(c =>
        {
            deleted = c.Execute("DELETE FROM alert_rules WHERE project_id = $1 AND id = $2", projectId, ruleId);
            c.Execute("DELETE FROM alert_states WHERE project_id = $1 AND rule_id = $2", projectId, ruleId);
        });
        return Task.FromResult(deleted > 0);
    }

    public Task<IReadOnlyList<string>> ProjectsWithRulesAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<string>>(database.Query("SELECT DISTINCT project_id FROM alert_rules ORDER BY 1", r => r.GetString(0)));

    public Task<IReadOnlyDictionary<string, AlertState>> GetStatesAsync(string projectId, string ruleId, CancellationToken ct) =>
        Task.FromResult<IReadOnlyDictionary<string, AlertState>>(database.Query(
                "SELECT group_key, state FROM alert_states WHERE project_id = $1 AND rule_id = $2",
                r => (Key: r.GetString(0), State: TelltaleJson.Deserialize<AlertState>(r.GetString(1))!), projectId, ruleId)
            .ToDictionary(x => x.Key, x => x.State));

    public Task SaveEvaluationAsync(string projectId, string ruleId, IReadOnlyDictionary<string, AlertState> states,
        IReadOnlyList<AlertRecord> alertChanges, CancellationToken ct)
    {
        database.InTransaction(c =>
        {
            c.Execute("DELETE FROM alert_states WHERE project_id = $1 AND rule_id = $2", projectId, ruleId);
            foreach (var (key, state) in states)
                c.Execute("INSERT INTO alert_states VALUES ($1, $2, $3, $4)", projectId, ruleId, key, TelltaleJson.Serialize(state));
            foreach (var alert in alertChanges)
            {
                c.Execute("DELETE FROM alerts WHERE project_id = $1 AND id = $2", projectId, alert.Id);
                c.Execute("INSERT INTO alerts VALUES ($1, $2, $3, $4, $5, $6, $7)", projectId, alert.Id, alert.RuleId, alert.GroupKey,
                    alert.State, alert.StartedAt, TelltaleJson.Serialize(alert));
            }
        });
        return Task.CompletedTask;
    }

    public Task<AlertRecord?> GetOpenAlertAsync(string projectId, string ruleId, string groupKey, CancellationToken ct) =>
        Task.FromResult(database.Query("SELECT alert FROM alerts WHERE project_id = $1 AND rule_id = $2 AND group_key = $3 AND state = 'firing' " +
                              "ORDER BY started_at DESC LIMIT 1",
            r => TelltaleJson.Deserialize<AlertRecord>(r.GetString(0)), projectId, ruleId, groupKey).FirstOrDefault());

    public Task<AlertRecord?> GetAlertAsync(string projectId, string alertId, CancellationToken ct) =>
        Task.FromResult(database.Query("SELECT alert FROM alerts WHERE project_id = $1 AND id = $2",
            r => TelltaleJson.Deserialize<AlertRecord>(r.GetString(0)), projectId, alertId).FirstOrDefault());

    public Task<IReadOnlyList<AlertRecord>> ListAlertsAsync(string projectId, string? state, int limit, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<AlertRecord>>(database.Query(
            "SELECT alert FROM alerts WHERE project_id = $1 AND ($2::VARCHAR IS NULL OR state = $2::VARCHAR) ORDER BY started_at DESC, id LIMIT $3",
            r => TelltaleJson.Deserialize<AlertRecord>(r.GetString(0))!, projectId, state, limit));
}
