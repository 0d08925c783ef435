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

    public sealed record Totals(long Traces, long Spans, long Feedback, long Changes);

    public async Task<Totals> RunAsync(EventTimeline timeline, DateTimeOffset until, Action<DateTimeOffset, Totals>? progress, CancellationToken ct)
    {
        var requests = new OtlpTraceRequests(seed);
        long traces = 0, spans = 0, feedback = 0, changes = 0;
        while (timeline.Cursor < until)
        {
            var to = timeline.Cursor.AddHours(1) < until ? timeline.Cursor.AddHours(1) : until;
            var due = timeline.Advance(to);

            var batches = new List<List<TraceEvent>>();
            var batch = new List<TraceEvent>();
            var batchSpans = 0;
            foreach (var trace in due.OfType<TraceEvent>())
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
            await Parallel.ForEachAsync(messages, new ParallelOptions { MaxDegreeOfParallelism = Connections, CancellationToken = ct },
                async (message, token) => await client.PostTracesAsync(message, token));

            var signals = due.OfType<FeedbackEvent>().ToList();
            await Parallel.ForEachAsync(signals, new ParallelOptions { MaxDegreeOfParallelism = Connections + 1, CancellationToken = ct },
                async (f, token) => await client.PostFeedbackAsync(f, token));
            feedback += signals.Count;
            foreach (var change in due.OfType<ChangeEvent>())
            {
                await client.PostChangeAsync(change, ct);
                changes++;
            }
            progress?.Invoke(to, new Totals(traces, spans, feedback, changes));
        }
        return new Totals(traces, spans, feedback, changes);
    }
}
