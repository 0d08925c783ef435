using System.Globalization;
using Microsoft.Extensions.Options;
using Telltale.Core.Intents;
using Telltale.Core.Projects;
using Telltale.Core.Querying;
using Telltale.Core.Serialization;
using Telltale.Core.Storage;
using Telltale.Intents;

namespace Telltale.Server.Intents;

/// <summary>
/// Tags a project's new traces with their intent, in start-time order from a persisted watermark. Configuring
/// intents moves the watermark back, so recent history is retagged by the new classifier.
/// </summary>
public sealed class IntentTaggingRunner(IConversationReader conversations, IIntentStore intents, IConfigStore config,
    IntentClassifierCache classifiers, IOptions<IntentOptions> options, TimeProvider time)
{
    public const string SettingsName = "intents";
    private const string WatermarkName = "intent-watermark";

    /// <summary>Catching up on weeks of history, each batch groups the spans of at most this window rather than of
    /// everything since the watermark.</summary>
    private static readonly TimeSpan ScanWindow = TimeSpan.FromHours(6);

    public async Task<IntentConfiguration?> ConfigurationAsync(string projectId, CancellationToken ct) =>
        TelltaleJson.Deserialize<IntentConfiguration>(await config.GetSettingAsync(projectId, SettingsName, ct));

    public async Task ConfigureAsync(string projectId, IntentConfiguration configuration, CancellationToken ct)
    {
        await config.SetSettingAsync(projectId, SettingsName, TelltaleJson.Serialize(configuration), ct);
        await SaveWatermarkAsync(projectId, time.GetUtcNow().AddDays(-options.Value.RetagDays), ct);
    }

    /// <returns>How many traces were tagged.</returns>
    public async Task<int> RunAsync(string projectId, CancellationToken ct)
    {
        var o = options.Value;
        var configuration = await ConfigurationAsync(projectId, ct);
        var tagger = new IntentTagger(configuration, configuration is null ? null : classifiers.For(projectId, configuration.Intents));
        // Without intents there is nothing to classify: only intents the application declared are read.
        var declaredOnly = configuration is null;
        var now = time.GetUtcNow();
        var until = now - TimeSpan.FromSeconds(o.LagSeconds);
        var watermark = await config.GetSettingAsync(projectId, WatermarkName, ct) is { } text
            ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture)
            : configuration is null ? now.AddHours(-1) : now.AddDays(-o.RetagDays);

        var tagged = 0;
        for (var batch = 0; batch < o.MaxBatchesPerRun && watermark < until; batch++)
        {
            var range = new TimeRange(watermark, Min(until, watermark + ScanWindow));
            var traces = await conversations.ListTraceStartsAsync(projectId, range, o.BatchSize, ct);
            tagged += await TagAsync(projectId, tagger, traces, range, declaredOnly, ct);
            // A full batch stops at its last trace; otherwise the whole window is done.
            watermark = traces.Count >= o.BatchSize ? traces[^1].Start.AddTicks(1) : range.To;
            await SaveWatermarkAsync(projectId, watermark, ct);
        }
        return tagged;
    }

    private async Task<int> TagAsync(string projectId, IntentTagger tagger, IReadOnlyList<TraceStart> traces, TimeRange range, bool declaredOnly,
        CancellationToken ct)
    {
        if (traces.Count == 0) return 0;
        var lookback = new TimeRange(range.From - TimeSpan.FromHours(options.Value.SessionLookbackHours), range.To);
        var sessions = traces.Select(t => t.SessionId).OfType<string>().Distinct().ToList();
        var openers = await conversations.FirstTraceOfSessionsAsync(projectId, sessions, lookback, ct);
        var spans = await conversations.OpeningSpansAsync(projectId, traces.Select(t => t.TraceId).Concat(openers.Values).Distinct().ToList(),
            lookback, declaredOnly, ct);
        var tags = tagger.Tag(traces, openers, spans);
        await intents.AddManyAsync(projectId, tags, ct);
        return tags.Count;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private Task SaveWatermarkAsync(string projectId, DateTimeOffset watermark, CancellationToken ct) =>
        config.SetSettingAsync(projectId, WatermarkName, watermark.ToString("O", CultureInfo.InvariantCulture), ct);
}
