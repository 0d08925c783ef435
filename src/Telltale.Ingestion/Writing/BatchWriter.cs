using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Telltale.Core.Storage;

namespace Telltale.Ingestion.Writing;

/// <summary>
/// Group commit: requests enqueue their batch and wait; one writer thread takes everything queued (up to a bound),
/// writes it in one transaction and then releases every waiting request. A request is acknowledged only after its
/// rows are committed, which is what makes a 2xx mean "durable".
/// </summary>
public sealed partial class BatchWriter : IDisposable
{
    private readonly ITelemetryWriter _store;
    private readonly BatchWriterOptions _options;
    private readonly IngestMetrics _metrics;
    private readonly WriterLoad _load;
    private readonly ILogger<BatchWriter> _logger;
    private readonly Channel<PendingWrite> _queue = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Thread _thread;
    private long _pendingItems;
    private int _preparing;

    public BatchWriter(ITelemetryWriter store, BatchWriterOptions options, IngestMetrics metrics, WriterLoad load, ILogger<BatchWriter> logger)
    {
        _store = store;
        _options = options;
        _metrics = metrics;
        _load = load;
        _logger = logger;
        _thread = new Thread(Run) { IsBackground = true, Name = "telltale-writer" };
        _thread.Start();
    }

    public long PendingItems => Interlocked.Read(ref _pendingItems);

    /// <summary>Marks a request as on its way to <see cref="WriteAsync"/> (decoding, normalising), so the writer can
    /// wait for it to join the next group. Dispose once it is queued, before awaiting the commit.</summary>
    public IDisposable BeginPreparing()
    {
        Interlocked.Increment(ref _preparing);
        return new PreparingScope(this);
    }

    private sealed class PreparingScope(BatchWriter writer) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0) Interlocked.Decrement(ref writer._preparing);
        }
    }

    public bool IsRunning => _thread.IsAlive;

    /// <summary>Completes when the batch is committed; throws <see cref="WriterSaturatedException"/> at once when the
    /// queue is full and <see cref="WriterUnavailableException"/> when the store failed.</summary>
    public Task WriteAsync(TelemetryBatch batch)
    {
        if (batch.Count == 0) return Task.CompletedTask;
        var pending = Interlocked.Add(ref _pendingItems, batch.Count);
        // A single request larger than the bound is still admitted when the queue is empty, so it can make progress.
        if (pending > _options.MaxPendingItems && pending != batch.Count)
        {
            Interlocked.Add(ref _pendingItems, -batch.Count);
            _metrics.Saturated();
            throw new WriterSaturatedException(_options.RetryAfter);
        }
        _metrics.QueueDepth(pending);
        var write = new PendingWrite(batch);
        if (!_queue.Writer.TryWrite(write))
        {
            Interlocked.Add(ref _pendingItems, -batch.Count);
            throw new WriterUnavailableException("Telltale is shutting down; retry against a running instance.");
        }
        return write.Completion.Task;
    }

    private void Run()
    {
        var group = new List<PendingWrite>();
        var batches = new List<TelemetryBatch>();
        var reader = _queue.Reader;
        while (reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            group.Clear();
            batches.Clear();
            var items = 0;
            var gatherUntil = Stopwatch.GetTimestamp() + (long)(_options.MaxGatherWait.TotalSeconds * Stopwatch.Frequency);
            while (items < _options.MaxItemsPerCommit)
            {
                if (reader.TryRead(out var write))
                {
                    group.Add(write);
                    batches.Add(write.Batch);
                    items += write.Batch.Count;
                }
                else if (Volatile.Read(ref _preparing) > 0 && Stopwatch.GetTimestamp() < gatherUntil)
                {
                    Thread.Sleep(1); // a request is about to be queued: let it join this commit
                }
                else
                {
                    break;
                }
            }
            Commit(group, batches, items);
        }
    }

    private void Commit(List<PendingWrite> group, List<TelemetryBatch> batches, int items)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            _store.Write(batches);
            var elapsed = Stopwatch.GetElapsedTime(started);
            _metrics.Committed(batches, elapsed);
            _load.RecordCommit(elapsed);
            Release(group, items, null);
        }
        catch (Exception ex) when (group.Count > 1)
        {
            // One bad batch must not fail the others: retry each on its own.
            LogGroupFailed(ex, group.Count);
            foreach (var write in group) Commit([write], [write.Batch], write.Batch.Count);
        }
        catch (Exception ex)
        {
            LogWriteFailed(ex, items);
            _metrics.WriteFailed(items);
            Release(group, items, new WriterUnavailableException($"The store could not commit the data: {ex.Message}", ex));
        }
    }

    private void Release(List<PendingWrite> group, int items, Exception? error)
    {
        var pending = Interlocked.Add(ref _pendingItems, -items);
        _metrics.QueueDepth(pending);
        foreach (var write in group)
        {
            if (error is null) write.Completion.TrySetResult();
            else write.Completion.TrySetException(error);
        }
    }

    /// <summary>Stops taking new work, commits everything already queued, then returns.</summary>
    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _thread.Join();
    }

    private sealed class PendingWrite(TelemetryBatch batch)
    {
        public TelemetryBatch Batch { get; } = batch;
        public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A group commit of {Requests} requests failed; retrying them one by one")]
    private partial void LogGroupFailed(Exception ex, int requests);

    [LoggerMessage(Level = LogLevel.Error, Message = "Writing {Items} rows failed; the request was refused and nothing was kept")]
    private partial void LogWriteFailed(Exception ex, int items);
}
