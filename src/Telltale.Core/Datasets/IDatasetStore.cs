namespace Telltale.Core.Datasets;

/// <summary>Datasets and their versioned items. Items are never rewritten: a change closes the old row at the new
/// version and adds a new one, so any past version can be read back exactly.</summary>
public interface IDatasetStore
{
    Task<IReadOnlyList<Dataset>> ListAsync(string projectId, CancellationToken ct);
    Task<Dataset?> GetAsync(string projectId, string name, CancellationToken ct);

    /// <returns>False when a dataset of that name exists.</returns>
    Task<bool> CreateAsync(string projectId, Dataset dataset, CancellationToken ct);

    /// <summary>Adds items (an item whose id exists replaces it) as one new version, all or none.</summary>
    /// <returns>The dataset at its new version.</returns>
    Task<Dataset> AddItemsAsync(string projectId, string datasetId, IReadOnlyList<DatasetItem> items, CancellationToken ct);

    /// <returns>The dataset at its new version, or null when it has no such item.</returns>
    Task<Dataset?> RemoveItemAsync(string projectId, string datasetId, string itemId, CancellationToken ct);

    /// <summary>The items as they were at a version (default: the current one), in the order they were added.</summary>
    Task<IReadOnlyList<DatasetItem>> ItemsAsync(string projectId, string datasetId, int? version, CancellationToken ct);
}
