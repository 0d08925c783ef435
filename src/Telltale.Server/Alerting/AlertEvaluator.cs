using System.Globalization;
using Microsoft.Extensions.Options;
using Telltale.Core.Alerting;
using Telltale.Core.Changes;
using Telltale.Core.Projects;
using Telltale.Core.Querying;

namespace Telltale.Server.Alerting;

/// <summary>
/// Evaluates a project's rules once: the current window per group, the history the condition needs, the state
/// machine, and the alerts that fire or resolve — saved with the new states in one transaction.
/// </summary>
public sealed partial class AlertEvaluator(
    IAlertStore alerts, RuleObservations observations, IChangeStore changes, RuleHistory history, AlertContextBuilder context,
    IOptions<AlertingOptions> options, TimeProvider time, ILogger<AlertEvaluator> logger)
{
    /// <param name="only">Evaluate just these rules (default: all enabled rules).</param>
    public async Task<IReadOnlyList<AlertRecord>> EvaluateProjectAsync(string projectId, CancellationToken ct, Func<AlertRule, bool>? only = null)
    {
        var now = time.GetUtcNow();
        var changed = new List<AlertRecord>();
        foreach (var rule in await alerts.ListRulesAsync(projectId, ct))
        {
            if (!rule.Enabled || (only is not null && !only(rule))) continue;
            try
            {
                changed.AddRange(await EvaluateRuleAsync(projectId, rule, now, ct));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One broken rule must not silence every other rule of the project.
                LogRuleFailed(ex, rule.Id, projectId);
            }
        }
        return changed;
    }

    public async Task<IReadOnlyList<AlertRecord>> EvaluateRuleAsync(string projectId, AlertRule rule, DateTimeOffset now, CancellationToken ct)
    {
        var end = now - TimeSpan.FromSeconds(options.Value.EvaluationDelaySeconds);
        var current = await observations.ObserveAsync(projectId, rule, new TimeRange(end - rule.Window, end), ct);
        var baselines = await history.LoadAsync(projectId, rule, end, ct);
        var states = new Dictionary<string, AlertState>(await alerts.GetStatesAsync(projectId, rule.Id, ct));

        var groups = current.ToDictionary(c => c.Key, c => (c.Value.Group, c.Value.Observation));
        foreach (var key in states.Keys.Where(k => !groups.ContainsKey(k)).ToList())
            groups[key] = (ParseGroupKey(key), new Observation(null, 0)); // a known group gone quiet is judged as "no data"

        var alertChanges = new List<AlertRecord>();
        foreach (var (key, (group, observation)) in groups)
        {
            var outcome = ConditionEvaluator.Evaluate(rule, observation, baselines.TryGetValue(key, out var h) ? h : []);
            var previous = states.TryGetValue(key, out var s) ? s : AlertState.Initial(now);
            var (next, transition) = AlertStateMachine.Next(rule, previous, outcome, now);
            states[key] = next;

            if (transition == AlertTransition.Fired)
                alertChanges.Add(await OpenAlertAsync(projectId, rule, key, group, next, new TimeRange(end - rule.Window, end), now, ct));
            else if (transition == AlertTransition.Resolved && await alerts.GetOpenAlertAsync(projectId, rule.Id, key, ct) is { } open)
                alertChanges.Add(open with { State = AlertRecord.Resolved, ResolvedAt = now, Value = next.LastValue });
        }

        await alerts.SaveEvaluationAsync(projectId, rule.Id, states, alertChanges, ct);
        return alertChanges;
    }

    private async Task<AlertRecord> OpenAlertAsync(string projectId, AlertRule rule, string key,
        IReadOnlyDictionary<string, string?> group, AlertState state, TimeRange window, DateTimeOffset now, CancellationToken ct)
    {
        var system = group.TryGetValue("system", out var g) ? g : rule.Filters.TryGetValue("system", out var f) && f.Count == 1 ? f[0] : null;
        // Changes in the day before the window began are the first suspects.
        var suspects = await changes.ListAsync(projectId, new TimeRange(now - rule.Window - TimeSpan.FromDays(1), now), system, null, ct);
        var concentration = await context.FindConcentrationAsync(projectId, rule, group, window, state.NormalValue, ct);
        var examples = await context.ExampleTracesAsync(projectId, rule, system, window, ct);
        return new AlertRecord
        {
            Id = ApiKeySecrets.NewId(),
            RuleId = rule.Id,
            RuleName = rule.Name,
            Severity = rule.Severity,
            State = AlertRecord.Firing,
            StartedAt = now,
            System = system,
            Group = group,
            GroupKey = key,
            Metric = rule.Metric,
            Value = state.LastValue,
            NormalValue = state.NormalValue,
            ConcentratedIn = concentration,
            ExampleTraceIds = examples,
            Context = Describe(rule, key, state, concentration, suspects),
            RunbookMarkdown = rule.RunbookMarkdown,
            RunbookUrl = rule.RunbookUrl,
        };
    }

    private static string Describe(AlertRule rule, string key, AlertState state, Concentration? concentration, IReadOnlyList<ChangeEvent> suspects)
    {
        var text = $"{rule.Metric} {(key.Length == 0 ? "" : $"for {key} ")}is {F(state.LastValue)}" +
                   (state.NormalValue is { } normal ? $", normally {F(normal)}" : "") +
                   $" over the last {Core.Time.DurationText.Format(rule.Window)} ({state.Explanation}).";
        if (concentration is not null)
            text += $" Concentrated in {concentration.Dimension}={concentration.Value ?? "(none)"} ({concentration.Share:P0} of the deviation).";
        if (suspects.Count > 0)
            text += " Preceded by: " + string.Join("; ", suspects.TakeLast(3).Select(c => $"{c.Title} ({c.Kind}, {c.Time:yyyy-MM-dd HH:mm} UTC)")) + ".";
        return text;
    }

    private static IReadOnlyDictionary<string, string?> ParseGroupKey(string key) =>
        key.Length == 0
            ? new Dictionary<string, string?>()
            : key.Split(", ").Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1] == "(none)" ? null : p[1]);

    private static string F(double? v) => v is { } x ? x.ToString("0.####", CultureInfo.InvariantCulture) : "n/a";

    [LoggerMessage(Level = LogLevel.Error, Message = "Evaluating alert rule {RuleId} of project {ProjectId} failed; the other rules go on")]
    private partial void LogRuleFailed(Exception ex, string ruleId, string projectId);
}
