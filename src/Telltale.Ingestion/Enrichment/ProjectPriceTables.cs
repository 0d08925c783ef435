using System.Collections.Concurrent;
using Telltale.Core.Pricing;
using Telltale.Core.Projects;

namespace Telltale.Ingestion.Enrichment;

/// <summary>The price table in force for each project: the shipped table with the project's overrides on top.
/// Cached per project; replaced when the overrides change.</summary>
public sealed class ProjectPriceTables(IConfigStore config)
{
    public const string OverridesSetting = "price-overrides";

    private readonly ConcurrentDictionary<string, PriceTable> _tables = new();

    public PriceTable For(string projectId) => _tables.GetOrAdd(projectId, Load);

    public async Task<PriceTable> SetOverridesAsync(string projectId, IReadOnlyList<ModelPrice> overrides, CancellationToken ct)
    {
        var table = PriceTable.Default.WithOverrides(overrides);
        await config.SetSettingAsync(projectId, OverridesSetting, PriceJson.SerializeEntries(overrides), ct);
        _tables[projectId] = table;
        return table;
    }

    private PriceTable Load(string projectId)
    {
        // Runs once per project and process; the config store is local, so blocking here is brief.
        var json = config.GetSettingAsync(projectId, OverridesSetting, CancellationToken.None).GetAwaiter().GetResult();
        return json is null ? PriceTable.Default : PriceTable.Default.WithOverrides(PriceJson.ParseEntries(json));
    }
}
