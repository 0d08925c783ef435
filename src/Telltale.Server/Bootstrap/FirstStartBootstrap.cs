using Microsoft.Extensions.Options;
using Telltale.Core.Projects;
using Telltale.Server.Configuration;

namespace Telltale.Server.Bootstrap;

/// <summary>What the first start set up, for the start-up banner.</summary>
/// <param name="NewSecret">A key created by this start, to print once; null when keys already existed or the key
/// came from configuration.</param>
public sealed record BootstrapResult(Project DefaultProject, string? NewSecret, bool SeededFromConfiguration);

/// <summary>
/// Secure by default, usable at once: the first start creates the default project and an admin key. With
/// <c>Telltale__Bootstrap__ApiKey</c> set, that key is seeded instead (for automation); it is stored hashed like any other.
/// </summary>
public sealed class FirstStartBootstrap(IConfigStore config, ApiKeyIssuer issuer, IOptions<TelltaleOptions> options)
{
    public async Task<BootstrapResult> RunAsync(CancellationToken ct)
    {
        var settings = options.Value.Bootstrap;
        var projects = await config.ListProjectsAsync(ct);
        var project = projects.FirstOrDefault(p => p.Name == settings.ProjectName) ?? projects.FirstOrDefault()
                      ?? await issuer.CreateProjectAsync(settings.ProjectName, ct);

        if (settings.ApiKey is { } seeded)
        {
            if (await config.FindApiKeyByHashAsync(ApiKeySecrets.Hash(seeded), ct) is null)
                await issuer.IssueAsync(project.Id, "bootstrap", ApiScope.Admin, ct, seeded);
            return new BootstrapResult(project, null, true);
        }

        if (projects.Count > 0) return new BootstrapResult(project, null, false);
        var key = await issuer.IssueAsync(project.Id, "first-start admin", ApiScope.Admin, ct);
        return new BootstrapResult(project, key.Secret, false);
    }
}
