namespace Telltale.Core.Storage;

/// <summary>
/// Durable writes of telemetry. Contract: when <see cref="Write"/> returns, every row of every batch is committed
/// (it survives a process kill); when it throws, none of them is. Called from one writer thread at a time.
/// </summary>
public interface ITelemetryWriter
{
    void Write(IReadOnlyList<TelemetryBatch> batches);
}
