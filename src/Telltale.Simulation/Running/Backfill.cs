using System.Diagnostics;
using Telltale.Simulation.Emission;
using Telltale.Simulation.Model;

namespace Telltale.Simulation.Running;

/// <summary>
/// Sends the history fast: the timeline is advanced an hour at a time, its traces go out as OTLP protobuf requests
/// of about <see cref="SpansPerRequest"/> spans on a few connections at once (each answered only once committed),
/// then that hour's feedback and changes, which may refer to those traces.
/// </summary>
public sealed class Backfill(TelltaleClient client, int seed)
{
    public int SpansPerRequest { get; init; } = 2000;
    public int Connections { get; init; } = 3;
    public int FeedbackPerRequest { get; init; } = 500;

    /// <summary>Traces that end before this are generated (their feedback still goes out, unlinked) but not sent: the
    /// detection bench needs user feedback two weeks back for week-over-week rules, spans only one week back.</summary>
    public DateTimeOffset SendTracesFrom { get; init; } = DateTimeOffset.MinValue;

    /// <summary>What was sent, and where the time went (generating, sending traces, sending feedback).</summary>
    public sealed record Totals(long Traces, long Spans, long Feedback, long Changes)
    {
        public TimeSpan Generating { get; init; }
        public TimeSpan SendingTraces { get; init; }
        public TimeSpan SendingFeedback { get; init; }
    }

    public async Task<Totals> RunAsync(EventTimeline timeline, DateTimeOffset until, Action<DateTimeOffset, Totals>? progress, CancellationToken ct)
    {
        var requests = new OtlpTraceRequests(seed);
        long traces = 0, spans = 0, feedback = 0, changes = 0;
        var generating = new Stopwatch();
        var sendingTraces = new Stopwatch();
        var sendingFeedback = new Stopwatch();
        Totals Current() => new(traces, spans, feedback, changes)
        {
            Generating = generating.Elapsed, SendingTraces = sendingTraces.Elapsed, SendingFeedback = sendingFeedback.Elapsed,
        };
        while (timeline.Cursor < until)
        {
            var to = timeline.Cursor.AddHours(1) < until ? timeline.Cursor.AddHours(1) : until;
            generating.Start();
            var due = timeline.Advance(to);

            var batches = new List<List<TraceEvent>>();
            var batch = new List<TraceEvent>();
            var batchSpans = 0;
            foreach (var trace in due.OfType<TraceEvent>().Where(t => t.Time >= SendTracesFrom))
            {
                batch.Add(trace);
                var count = trace.Root.SelfAndDescendants().Count();
                batchSpans += count;
                spans += count;
                traces++;
                if (batchSpans < SpansPerRequest) continue;
                batches.Add(batch);
                batch = [];
                batchSpans = 0;
            }
            if (batch.Count > 0) batches.Add(batch);
            var messages = batches.Select(requests.Build).ToList();
            generating.Stop();
            sendingTraces.Start();
            await Parallel.ForEachAsync(messages, new ParallelOptions { MaxDegreeOfParallelism = Connections, CancellationToken = ct },
                async (message, token) => await client.PostTracesAsync(message, token));
            sendingTraces.Stop();

            sendingFeedback.Start();
            var signals = due.OfType<FeedbackEvent>().ToList();
            foreach (var chunk in signals.Chunk(FeedbackPerRequest)) await client.PostFeedbackBatchAsync(chunk, ct);
            feedback += signals.Count;
            foreach (var change in due.OfType<ChangeEvent>())
            {
                await client.PostChangeAsync(change, ct);
                changes++;
            }
            sendingFeedback.Stop();
            progress?.Invoke(to, Current());
        }
        return Current();
    }
}
