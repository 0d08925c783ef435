using Telltale.Simulation.Content;
using Telltale.Simulation.Emission;
using Telltale.Simulation.Scenarios;
using Telltale.Simulation.Systems;

namespace Telltale.Simulation.Running;

/// <summary>The demo: backfill the demo scenario's 14 days of history, then stream live until cancelled.</summary>
public static class DemoRun
{
    private static readonly TimeSpan CatchUpTolerance = TimeSpan.FromSeconds(5);

    /// <summary>Something the demo host adds once the history is in (the canary, which needs a model it can call),
    /// kept until the demo ends.</summary>
    public delegate Task<IAsyncDisposable?> Extra(Scenario scenario, TelltaleClient client, TextWriter log, CancellationToken ct);

    public static async Task RunAsync(Uri target, string key, int seed, bool backfill, TextWriter log, CancellationToken ct, Extra? extra = null)
    {
        var now = DateTimeOffset.UtcNow;
        var scenario = ScenarioCatalog.Demo(now);
        // Without a backfill the history is not even generated.
        if (!backfill) scenario = scenario with { Start = now };
        var timeline = new EventTimeline(scenario, seed);
        using var client = new TelltaleClient(target, key);

        log.WriteLine($"Demo: simulating {string.Join(", ", scenario.PeakArrivalsPerMinute.Keys)} against {target}");
        foreach (var incident in scenario.Incidents.OrderBy(i => i.Onset))
            log.WriteLine(incident.Onset < now
                ? $"  under way since {incident.Onset:yyyy-MM-dd HH:mm} UTC: {incident.Title} in {incident.System}"
                : $"  starts at {incident.Onset:HH:mm} UTC (+{(incident.Onset - now).TotalMinutes:0} min): {incident.Title} in {incident.System}");

        if (backfill)
        {
            var started = DateTimeOffset.UtcNow;
            var lastDay = -1;
            var backfiller = new Backfill(client, seed);
            var totals = await backfiller.RunAsync(timeline, DateTimeOffset.UtcNow, (at, t) =>
            {
                // The backfill runs up to the moment it ends, a little past the 14 days counted from the start.
                var day = Math.Min((int)(at - scenario.Start).TotalDays, (int)ScenarioCatalog.History.TotalDays - 1);
                if (day == lastDay) return;
                lastDay = day;
                log.WriteLine($"  backfill: day {day + 1} of {(int)ScenarioCatalog.History.TotalDays}, {t.Spans:N0} spans, {t.Feedback:N0} feedback");
            }, ct);
            // The backfill takes minutes; what happened meanwhile (the first live incidents among it) is sent the same
            // way, with its own timestamps. Streamed live instead, it would all arrive stamped with one moment.
            while (DateTimeOffset.UtcNow - timeline.Cursor > CatchUpTolerance)
            {
                var more = await backfiller.RunAsync(timeline, DateTimeOffset.UtcNow, null, ct);
                totals = totals with { Traces = totals.Traces + more.Traces, Spans = totals.Spans + more.Spans, Feedback = totals.Feedback + more.Feedback, Changes = totals.Changes + more.Changes };
            }
            log.WriteLine($"  backfill done in {(DateTimeOffset.UtcNow - started).TotalSeconds:0} s: {totals.Traces:N0} traces, {totals.Spans:N0} spans, " +
                          $"{totals.Feedback:N0} feedback, {totals.Changes:N0} changes");
            // Configured once the history is in, so the tagger's first pass over the new configuration covers it all.
            log.WriteLine(await client.PutIntentsAsync(SupportIntentExamples.Examples, SupportAssistant.SystemName, ct)
                ? $"  intents: {SupportIntentExamples.Examples.Count} configured for {SupportAssistant.SystemName}; its conversations are being tagged"
                : "  intents: not configured (the key lacks the admin scope); PUT /api/v1/intents to see the per-intent breakdown");
        }

        await using var extras = extra is null ? null : await extra(scenario, client, log, ct);
        log.WriteLine("  streaming live through the OpenTelemetry SDK exporter (Ctrl+C to stop)");
        using var exporter = new SdkTraceExporter(target, key);
        await new LiveStream(client, exporter, TimeProvider.System, log).RunAsync(timeline, ct);
    }
}
