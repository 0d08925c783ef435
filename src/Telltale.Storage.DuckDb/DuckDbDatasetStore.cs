using System.Data.Common;
using Telltale.Core.Datasets;
using Telltale.Core.Serialization;

namespace Telltale.Storage.DuckDb;

/// <summary>
/// Datasets in the embedded file. An item row is valid from the version that added it until the version that
/// removed or replaced it, so reading version N is one filter. Changes to one dataset are serialised here: two
/// concurrent imports must not both become version N+1.
/// </summary>
public sealed class DuckDbDatasetStore(DuckDbDatabase database, TimeProvider time) : IDatasetStore
{
    private const string DatasetColumns = "d.id, d.name, d.description, d.version, d.created_at, d.updated_at, " +
        "(SELECT count(*) FROM dataset_items i WHERE i.project_id = d.project_id AND i.dataset_id = d.id AND i.removed_in_version IS NULL)";

    private readonly SemaphoreSlim _writes = new(1, 1);

    public Task<IReadOnlyList<Dataset>> ListAsync(string projectId, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Dataset>>(database.Query(
            $"SELECT {DatasetColumns} FROM datasets d WHERE d.project_id = $1 ORDER BY d.name", ReadDataset, projectId));

    public Task<Dataset?> GetAsync(string projectId, string name, CancellationToken ct) =>
        Task.FromResult(database.Query($"SELECT {DatasetColumns} FROM datasets d WHERE d.project_id = $1 AND d.name = $2",
            ReadDataset, projectId, name).FirstOrDefault());

    public async Task<bool> CreateAsync(string projectId, Dataset dataset, CancellationToken ct)
    {
        await _writes.WaitAsync(ct);
        try
        {
            if (await GetAsync(projectId, dataset.Name, ct) is not null) return false;
            database.Execute("INSERT INTO datasets VALUES ($1, $2, $3, $4, 0, $5, $5)",
                projectId, dataset.Id, dataset.Name, dataset.Description, time.GetUtcNow());
            return true;
        }
        finally
        {
            _writes.Release();
        }
    }

    public async Task<Dataset> AddItemsAsync(string projectId, string datasetId, IReadOnlyList<DatasetItem> items, CancellationToken ct)
    {
        await _writes.WaitAsync(ct);
        try
        {
            database.InTransaction(c =>
            {
                var version = NextVersion(c, projectId, datasetId);
                // A replaced item keeps its place in the order; new ones go after the last.
                var seqs = c.Query("SELECT id, min(seq) FROM dataset_items WHERE project_id = $1 AND dataset_id = $2 GROUP BY id",
                    r => (Id: r.GetString(0), Seq: r.GetInt64(1)), projectId, datasetId).ToDictionary(x => x.Id, x => x.Seq);
                var nextSeq = seqs.Count == 0 ? 0 : seqs.Values.Max();
                c.Execute("UPDATE dataset_items SET removed_in_version = $3 WHERE project_id = $1 AND dataset_id = $2 " +
                          "AND removed_in_version IS NULL AND id IN (SELECT unnest($4::VARCHAR[]))",
                    projectId, datasetId, version, items.Select(i => i.Id).ToArray());
                using var appender = c.CreateAppender("dataset_items");
                foreach (var item in items)
                {
                    if (!seqs.TryGetValue(item.Id, out var seq)) seqs[item.Id] = seq = ++nextSeq;
                    appender.CreateRow()
                        .AppendValue(projectId).AppendValue(datasetId).AppendValue(item.Id).AppendValue(seq)
                        .AppendValue(item.Input).AppendValue(item.ReferenceOutput).AppendValue(item.Intent)
                        .AppendValue(TelltaleJson.Serialize(item.Metadata)).AppendValue(item.SourceTraceId)
                        .AppendValue(version).AppendNullValue()
                        .EndRow();
                }
            });
            return (await GetByIdAsync(projectId, datasetId))!;
        }
        finally
        {
            _writes.Release();
        }
    }

    public async Task<Dataset?> RemoveItemAsync(string projectId, string datasetId, string itemId, CancellationToken ct)
    {
        await _writes.WaitAsync(ct);
        try
        {
            var exists = database.Query("SELECT 1 FROM dataset_items WHERE project_id = $1 AND dataset_id = $2 AND id = $3 AND removed_in_version IS NULL",
                r => 1, projectId, datasetId, itemId).Count > 0;
            if (!exists) return null;
            database.InTransaction(c => Close(c, projectId, datasetId, itemId, NextVersion(c, projectId, datasetId)));
            return await GetByIdAsync(projectId, datasetId);
        }
        finally
        {
            _writes.Release();
        }
    }

    public Task<IReadOnlyList<DatasetItem>> ItemsAsync(string projectId, string datasetId, int? version, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<DatasetItem>>(database.Query(
            "SELECT id, input, reference_output, intent, metadata, source_trace_id, added_in_version FROM dataset_items " +
            "WHERE project_id = $1 AND dataset_id = $2 AND " +
            "($3::INTEGER IS NULL AND removed_in_version IS NULL OR added_in_version <= $3::INTEGER AND (removed_in_version IS NULL OR removed_in_version > $3::INTEGER)) " +
            "ORDER BY seq",
            r => new DatasetItem
            {
                Id = r.GetString(0),
                Input = r.GetString(1),
                ReferenceOutput = r.IsDBNull(2) ? null : r.GetString(2),
                Intent = r.IsDBNull(3) ? null : r.GetString(3),
                Metadata = TelltaleJson.Deserialize<Dictionary<string, string>>(r.GetString(4)) ?? [],
                SourceTraceId = r.IsDBNull(5) ? null : r.GetString(5),
                AddedInVersion = r.GetInt32(6),
            }, projectId, datasetId, version));

    private Task<Dataset?> GetByIdAsync(string projectId, string datasetId) =>
        Task.FromResult(database.Query($"SELECT {DatasetColumns} FROM datasets d WHERE d.project_id = $1 AND d.id = $2",
            ReadDataset, projectId, datasetId).FirstOrDefault());

    private int NextVersion(DuckDB.NET.Data.DuckDBConnection c, string projectId, string datasetId)
    {
        var version = c.Query("SELECT version FROM datasets WHERE project_id = $1 AND id = $2", r => r.GetInt32(0), projectId, datasetId).Single() + 1;
        c.Execute("UPDATE datasets SET version = $3, updated_at = $4 WHERE project_id = $1 AND id = $2", projectId, datasetId, version, time.GetUtcNow());
        return version;
    }

    private static void Close(DuckDB.NET.Data.DuckDBConnection c, string projectId, string datasetId, string itemId, int version) =>
        c.Execute("UPDATE dataset_items SET removed_in_version = $4 WHERE project_id = $1 AND dataset_id = $2 AND id = $3 AND removed_in_version IS NULL",
            projectId, datasetId, itemId, version);

    private static Dataset ReadDataset(DbDataReader r) => new()
    {
        Id = r.GetString(0),
        Name = r.GetString(1),
        Description = r.IsDBNull(2) ? null : r.GetString(2),
        Version = r.GetInt32(3),
        CreatedAt = r.GetFieldValue<DateTimeOffset>(4).ToUniversalTime(),
        UpdatedAt = r.GetFieldValue<DateTimeOffset>(5).ToUniversalTime(),
        ItemCount = (int)r.GetInt64(6),
    };
}
