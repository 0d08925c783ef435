using System.Globalization;
using Microsoft.Extensions.Options;
using Telltale.Core.Evaluation;
using Telltale.Core.Model;
using Telltale.Core.Projects;
using Telltale.Core.Querying;
using Telltale.Core.Scores;
using Telltale.Core.Serialization;
using Telltale.Core.Storage;

namespace Telltale.Server.Evaluation;

/// <summary>
/// Runs the evaluators over a project's newly stored LLM calls, in start-time order from a persisted watermark, and
/// stores the results as scores (source "evaluator"), timed at the call so quality lines up with traffic.
/// </summary>
public sealed class OnlineEvaluationRunner(ITelemetryReader telemetry, IScoreStore scores, IConfigStore config,
    IOptions<EvaluationOptions> options, TimeProvider time)
{
    public const string SettingsName = "evaluators";
    private const string WatermarkName = "evaluation-watermark";

    public async Task<IReadOnlyList<EvaluatorSetting>> SettingsAsync(string projectId, CancellationToken ct)
    {
        var saved = TelltaleJson.Deserialize<List<EvaluatorSetting>>(await config.GetSettingAsync(projectId, SettingsName, ct)) ?? [];
        return EvaluatorCatalog.BuiltIn.Select(e => saved.FirstOrDefault(s => s.Name == e.Name)
            ?? new EvaluatorSetting(e.Name, true, options.Value.DefaultSampleRate)).ToList();
    }

    /// <returns>How many scores were written.</returns>
    public async Task<int> RunAsync(string projectId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var watermark = await config.GetSettingAsync(projectId, WatermarkName, ct) is { } text
            ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture)
            : now.AddHours(-1);
        var until = now - TimeSpan.FromSeconds(options.Value.LagSeconds);
        if (until <= watermark) return 0;

        var calls = await telemetry.ListModelCallsAsync(projectId, new TimeRange(watermark, until), options.Value.BatchSize, ct);
        var settings = (await SettingsAsync(projectId, ct)).ToDictionary(s => s.Name);
        var documents = await telemetry.RetrievedDocumentsAsync(projectId, calls.Select(c => c.TraceId).Distinct().ToList(), ct);
        var norms = calls.GroupBy(c => c.System).ToDictionary(g => g.Key, g => new SystemNorms(MedianWords(g)));

        var results = new List<ScoreRecord>();
        foreach (var call in calls)
        {
            var input = new EvaluationInput(ToSpan(call), documents.TryGetValue(call.TraceId, out var d) ? d : [], norms[call.System]);
            foreach (var evaluator in EvaluatorCatalog.BuiltIn)
            {
                if (!settings[evaluator.Name].Samples(call.TraceId, call.System)) continue;
                if (evaluator.Evaluate(input) is not { } result) continue;
                results.Add(new ScoreRecord
                {
                    Id = ApiKeySecrets.NewId(),
                    Name = result.Name,
                    DataType = ScoreRecord.Numeric,
                    NumericValue = result.Value,
                    StringValue = result.Label,
                    TraceId = call.TraceId,
                    SpanId = call.SpanId,
                    SessionId = call.SessionId,
                    System = call.System,
                    Comment = $"{evaluator.Name} v{evaluator.Version}: {result.Reason}",
                    Source = "evaluator",
                    Time = call.StartTime,
                });
            }
        }
        await scores.AddManyAsync(projectId, results, ct);
        // A full batch stops at its last call; otherwise everything up to the lag line is done.
        var next = calls.Count >= options.Value.BatchSize ? calls[^1].StartTime.AddTicks(1) : until;
        await config.SetSettingAsync(projectId, WatermarkName, next.ToString("O", CultureInfo.InvariantCulture), ct);
        return results.Count;
    }

    private static double? MedianWords(IEnumerable<SpanView> calls)
    {
        var words = calls.Select(c => string.Join(" ", c.OutputMessages.Select(m => m.Content)).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length)
            .Where(w => w > 0).Order().ToList();
        return words.Count == 0 ? null : words[words.Count / 2];
    }

    private static AiSpan ToSpan(SpanView v) => new()
    {
        TraceId = v.TraceId,
        SpanId = v.SpanId,
        Name = v.Name,
        System = v.System,
        Kind = AiSpanKind.Llm,
        InputMessages = v.InputMessages,
        OutputMessages = v.OutputMessages,
        FinishReasons = v.FinishReasons,
        InputValue = v.InputValue,
        OutputValue = v.OutputValue,
        AttributesJson = v.Attributes.ValueKind == System.Text.Json.JsonValueKind.Undefined ? "{}" : v.Attributes.GetRawText(),
    };
}
