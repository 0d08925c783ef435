using Microsoft.Extensions.Logging.Abstractions;
using Telltale.Core.Model;
using Telltale.Core.Storage;
using Telltale.Ingestion.Writing;

namespace Telltale.Ingestion.Tests;

/// <summary>Group commit and back-pressure of the batch writer, with a store whose pace the test controls.</summary>
public class BatchWriterTests
{
    /// <summary>A store that blocks each commit until the test opens the gate, and records what it committed.</summary>
    private sealed class GatedStore : ITelemetryWriter
    {
        public readonly SemaphoreSlim Gate = new(0);
        public readonly List<int> CommitSizes = [];
        public Func<IReadOnlyList<TelemetryBatch>, bool> FailWhen { get; set; } = _ => false;

        public void Write(IReadOnlyList<TelemetryBatch> batches)
        {
            Gate.Wait();
            if (FailWhen(batches)) throw new IOException("disk full");
            lock (CommitSizes) CommitSizes.Add(batches.Sum(b => b.Count));
        }
    }

    private static TelemetryBatch Batch(int spans, string project = "p")
    {
        var batch = new TelemetryBatch(project);
        for (var i = 0; i < spans; i++)
            batch.Spans.Add(new AiSpan { TraceId = "t", SpanId = i.ToString(), Name = "n", System = "s" });
        return batch;
    }

    private static BatchWriter Writer(GatedStore store, int maxPending = 1000) =>
        new(store, new BatchWriterOptions { MaxPendingItems = maxPending, RetryAfter = TimeSpan.FromSeconds(3) }, new IngestMetrics(), new WriterLoad(TimeProvider.System), NullLogger<BatchWriter>.Instance);

    [Fact]
    public async Task A_write_completes_only_after_its_commit()
    {
        var store = new GatedStore();
        using var writer = Writer(store);

        var write = writer.WriteAsync(Batch(10));
        await Task.Delay(100);
        Assert.False(write.IsCompleted);

        store.Gate.Release();
        await write.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal([10], store.CommitSizes);
    }

    [Fact]
    public async Task A_commit_waits_briefly_for_a_request_still_being_prepared_and_takes_it_along()
    {
        var store = new GatedStore();
        store.Gate.Release(10);
        using var writer = new BatchWriter(store, new BatchWriterOptions { MaxGatherWait = TimeSpan.FromSeconds(5) }, new IngestMetrics(), new WriterLoad(TimeProvider.System),
            NullLogger<BatchWriter>.Instance);

        var preparing = writer.BeginPreparing(); // a request still normalising
        var first = writer.WriteAsync(Batch(3));
        await Task.Delay(150);
        Assert.False(first.IsCompleted); // the writer is holding the commit open for it

        var second = writer.WriteAsync(Batch(4));
        preparing.Dispose();
        await Task.WhenAll(first, second).WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal([7], store.CommitSizes);
    }

    [Fact]
    public async Task The_gather_wait_is_bounded_so_a_stuck_request_cannot_hold_commits()
    {
        var store = new GatedStore();
        store.Gate.Release(10);
        using var writer = new BatchWriter(store, new BatchWriterOptions { MaxGatherWait = TimeSpan.FromMilliseconds(50) }, new IngestMetrics(), new WriterLoad(TimeProvider.System),
            NullLogger<BatchWriter>.Instance);
        using var neverQueued = writer.BeginPreparing();

        await writer.WriteAsync(Batch(2)).WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal([2], store.CommitSizes);
    }

    [Fact]
    public async Task Requests_queued_during_a_commit_share_the_next_commit()
    {
        var store = new GatedStore();
        using var writer = Writer(store);
        var first = writer.WriteAsync(Batch(1));
        await Task.Delay(100); // the writer thread is now blocked in the first commit

        var queued = Enumerable.Range(0, 5).Select(_ => writer.WriteAsync(Batch(2))).ToArray();
        store.Gate.Release(2);
        await Task.WhenAll(queued.Append(first)).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal([1, 10], store.CommitSizes);
    }

    [Fact]
    public async Task A_full_queue_refuses_at_once_with_a_retry_delay()
    {
        var store = new GatedStore();
        using var writer = Writer(store, maxPending: 100);
        var accepted = writer.WriteAsync(Batch(80));

        var refused = Assert.Throws<WriterSaturatedException>(() => { _ = writer.WriteAsync(Batch(30)); });
        Assert.Equal(TimeSpan.FromSeconds(3), refused.RetryAfter);
        Assert.Equal(80, writer.PendingItems);

        store.Gate.Release(10);
        await accepted.WaitAsync(TimeSpan.FromSeconds(5));
        await writer.WriteAsync(Batch(30)).WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal([80, 30], store.CommitSizes);
    }

    [Fact]
    public async Task A_failing_batch_fails_only_its_own_request()
    {
        var store = new GatedStore { FailWhen = batches => batches.Any(b => b.ProjectId == "bad") };
        using var writer = Writer(store);
        var blocker = writer.WriteAsync(Batch(1));
        await Task.Delay(100);

        var good = writer.WriteAsync(Batch(3, "good"));
        var bad = writer.WriteAsync(Batch(3, "bad"));
        store.Gate.Release(10);

        await blocker.WaitAsync(TimeSpan.FromSeconds(5));
        await good.WaitAsync(TimeSpan.FromSeconds(5));
        var error = await Assert.ThrowsAsync<WriterUnavailableException>(() => bad.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Contains("disk full", error.Message);
        Assert.Equal([1, 3], store.CommitSizes);
        Assert.Equal(0, writer.PendingItems);
    }

    [Fact]
    public async Task Dispose_commits_everything_already_accepted()
    {
        var store = new GatedStore();
        var writer = Writer(store);
        var writes = Enumerable.Range(0, 3).Select(_ => writer.WriteAsync(Batch(5))).ToArray();
        store.Gate.Release(10);

        writer.Dispose();

        await Task.WhenAll(writes).WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(15, store.CommitSizes.Sum());
    }
}
