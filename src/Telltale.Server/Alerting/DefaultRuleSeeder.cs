using Telltale.Core.Alerting;
using Telltale.Core.Projects;
using Telltale.Core.Storage;

namespace Telltale.Server.Alerting;

/// <summary>Gives each AI system the default rule pack once, on first sight: a user who deletes a default rule does
/// not get it back.</summary>
public sealed class DefaultRuleSeeder(IAlertStore alerts, IConfigStore config, ITelemetryReader telemetry)
{
    private const string SeededSetting = "default-rules-seeded";

    public async Task SeedAsync(string projectId, CancellationToken ct)
    {
        var seeded = (await config.GetSettingAsync(projectId, SeededSetting, ct))?.Split('\n').ToHashSet() ?? [];
        var systems = (await telemetry.ListSystemsAsync(projectId, ct)).Select(s => s.Name).Distinct().Where(n => !seeded.Contains(n)).ToList();
        if (systems.Count == 0) return;
        foreach (var system in systems)
            foreach (var rule in DefaultRulePack.For(system))
                await alerts.SaveRuleAsync(projectId, rule, ct);
        await config.SetSettingAsync(projectId, SeededSetting, string.Join('\n', seeded.Concat(systems).Order()), ct);
    }
}
