using Telltale.Core.Projects;

namespace Telltale.Web.Services;

/// <summary>The project the signed-in person is looking at, per circuit. Dashboard accounts see every project;
/// the choice is remembered in a cookie (see <see cref="UiPreferences"/>).</summary>
public sealed class ProjectContext(IConfigStore config)
{
    private string? _preferred;
    private Project? _current;
    private IReadOnlyList<Project>? _all;

    public void Prefer(string? projectId) => _preferred = projectId;

    public async Task<IReadOnlyList<Project>> ListAsync(CancellationToken ct = default) =>
        _all ??= await config.ListProjectsAsync(ct);

    public async Task<Project> CurrentAsync(CancellationToken ct = default)
    {
        if (_current is not null) return _current;
        var all = await ListAsync(ct);
        _current = all.FirstOrDefault(p => p.Id == _preferred) ?? all.FirstOrDefault()
                   ?? throw new InvalidOperationException("No project exists yet; the first start creates one.");
        return _current;
    }
}
