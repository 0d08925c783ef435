using Microsoft.Extensions.Options;
using Telltale.Core.Alerting;
using Telltale.Core.Projects;

namespace Telltale.Server.Alerting;

/// <summary>Loads the configured YAML rules file at start-up; a file with problems stops the start with all of them
/// listed, rather than running with some rules silently missing.</summary>
public sealed class RulesFileLoader(IAlertStore alerts, IConfigStore config, IOptions<AlertingOptions> options)
{
    public async Task<int> LoadAsync(Project defaultProject, CancellationToken ct)
    {
        if (options.Value.RulesFile is not { Length: > 0 } path) return 0;
        AlertRulesYaml.RulesFile file;
        try
        {
            file = AlertRulesYaml.Parse(await File.ReadAllTextAsync(path, ct));
        }
        catch (Exception ex) when (ex is FormatException or IOException)
        {
            throw new InvalidOperationException($"Alert rules file {Path.GetFullPath(path)}: {ex.Message}", ex);
        }

        var project = defaultProject;
        if (file.Project is { } wanted)
            project = (await config.ListProjectsAsync(ct)).FirstOrDefault(p => p.Id == wanted || p.Name == wanted)
                      ?? throw new InvalidOperationException($"Alert rules file {path}: no project named '{wanted}'.");
        foreach (var rule in file.Rules) await alerts.SaveRuleAsync(project.Id, rule, ct);
        return file.Rules.Count;
    }
}
