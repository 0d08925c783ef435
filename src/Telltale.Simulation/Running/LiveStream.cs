using Telltale.Simulation.Emission;
using Telltale.Simulation.Model;

namespace Telltale.Simulation.Running;

/// <summary>
/// Streams the timeline as it happens, once a second: traces through the OpenTelemetry SDK exporter (the real client
/// path), feedback and changes over the API. A failed feedback post is reported and skipped, as an application would.
/// </summary>
public sealed class LiveStream(TelltaleClient client, SdkTraceExporter exporter, TimeProvider time, TextWriter log)
{
    public async Task RunAsync(EventTimeline timeline, CancellationToken ct)
    {
        using var tick = new PeriodicTimer(TimeSpan.FromSeconds(1), time);
        var announced = new HashSet<Scenarios.Incident>();
        try
        {
            do
            {
                var now = time.GetUtcNow();
                foreach (var incident in timeline.Scenario.Incidents.Where(i => i.Onset <= now && i.Onset >= timeline.Scenario.PhaseStart && announced.Add(i)))
                    log.WriteLine($"  [{now:HH:mm:ss}] incident starts: {incident.Title} in {incident.System}");
                foreach (var e in timeline.Advance(now))
                {
                    try
                    {
                        switch (e)
                        {
                            case TraceEvent trace: exporter.Export(trace); break;
                            case FeedbackEvent feedback: await client.PostFeedbackAsync(feedback, ct); break;
                            case ChangeEvent change: await client.PostChangeAsync(change, ct); break;
                        }
                    }
                    catch (HttpRequestException ex)
                    {
                        log.WriteLine($"  could not send {e.GetType().Name}: {ex.Message}");
                    }
                }
            }
            while (await tick.WaitForNextTickAsync(ct));
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        finally
        {
            exporter.Flush();
        }
    }
}
