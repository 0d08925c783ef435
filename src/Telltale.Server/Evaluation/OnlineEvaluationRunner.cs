using System.Globalization;
using Microsoft.Extensions.Options;
using Telltale.Core.Evaluation;
using Telltale.Core.Evaluation.Llm;
using Telltale.Core.Evaluation.Scoring;
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
public sealed partial class OnlineEvaluationRunner(ITelemetryReader telemetry, IScoreStore scores, IConfigStore config,
    IOptions<EvaluationOptions> options, TimeProvider time, Llm.LlmConnections connections, ILlmClient llm, Llm.OwnCallRecorder recorder,
    ILogger<OnlineEvaluationRunner> logger)
{
    public const string SettingsName = "evaluators";
    public const string CustomSettingsName = "custom-evaluators";
    private const int JudgeConcurrency = 4;
    private const string WatermarkName = "evaluation-watermark";
    private const string NormsName = "evaluation-answer-lengths";

    public async Task<IReadOnlyList<EvaluatorSetting>> SettingsAsync(string projectId, CancellationToken ct)
    {
        var saved = TelltaleJson.Deserialize<List<EvaluatorSetting>>(await config.GetSettingAsync(projectId, SettingsName, ct)) ?? [];
        return EvaluatorCatalog.BuiltIn.Select(e => saved.FirstOrDefault(s => s.Name == e.Name)
            ?? new EvaluatorSetting(e.Name, true, options.Value.DefaultSampleRate)).ToList();
    }

    public async Task<IReadOnlyList<CustomEvaluator>> CustomAsync(string projectId, CancellationToken ct) =>
        TelltaleJson.Deserialize<List<CustomEvaluator>>(await config.GetSettingAsync(projectId, CustomSettingsName, ct)) ?? [];

    /// <returns>How many scores were written.</returns>
    public async Task<int> RunAsync(string projectId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var watermark = await config.GetSettingAsync(projectId, WatermarkName, ct) is { } text
            ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture)
            : now.AddHours(-1);
        var until = now - TimeSpan.FromSeconds(options.Value.LagSeconds);
        if (until <= watermark) return 0;

        var listed = await telemetry.ListModelCallsAsync(projectId, new TimeRange(watermark, until), options.Value.BatchSize, ct);
        // Telltale's own judge and canary calls are not production traffic.
        var calls = listed.Where(c => c.System != Llm.OwnCallRecorder.SystemName).ToList();
        var settings = (await SettingsAsync(projectId, ct)).ToDictionary(s => s.Name);
        var documents = await telemetry.RetrievedDocumentsAsync(projectId, calls.Select(c => c.TraceId).Distinct().ToList(), ct);
        var history = TelltaleJson.Deserialize<AnswerLengthHistory>(await config.GetSettingAsync(projectId, NormsName, ct)) ?? AnswerLengthHistory.Empty;
        var batchMedians = calls.GroupBy(c => c.System).Select(g => (System: g.Key, Median: MedianWords(g), Calls: g.Count())).ToList();
        var norms = batchMedians.ToDictionary(b => b.System, b => new SystemNorms(history.UsualMedian(b.System, now) ?? b.Median));

        var results = new List<ScoreRecord>();
        var custom = await CustomScorersAsync(projectId, ct);
        var work = new List<(SpanView Call, ScoringInput Input, ICanaryScorer Scorer)>();
        foreach (var call in calls)
        {
            var docs = documents.TryGetValue(call.TraceId, out var d) ? d : [];
            var input = new EvaluationInput(ToSpan(call), docs, norms[call.System]);
            foreach (var evaluator in EvaluatorCatalog.BuiltIn)
            {
                if (!settings[evaluator.Name].Samples(call.TraceId, call.System)) continue;
                if (evaluator.Evaluate(input) is not { } result) continue;
                results.Add(Score(call, result.Name, result.Value, result.Label, $"{evaluator.Name} v{evaluator.Version}: {result.Reason}"));
            }
            var scoring = new ScoringInput(input.Question, input.Answer, null, System: call.System,
                Context: docs.Count == 0 ? null : string.Join("\n\n", docs.Select(x => x.Content).Where(x => !string.IsNullOrEmpty(x))));
            foreach (var (setting, scorer) in custom)
                if (setting.Samples(call.TraceId, call.System)) work.Add((call, scoring, scorer));
        }
        results.AddRange(await RunCustomAsync(projectId, work, ct));
        await scores.AddManyAsync(projectId, results, ct);
        var added = batchMedians.Where(b => b.Median is not null)
            .ToDictionary(b => b.System, b => new AnswerLengthHistory.Batch(now, b.Median!.Value, b.Calls));
        if (added.Count > 0) await config.SetSettingAsync(projectId, NormsName, TelltaleJson.Serialize(history.With(added, now)), ct);
        // A full batch stops at its last call (counting Telltale's own, which were listed but skipped); otherwise
        // everything up to the lag line is done.
        var next = listed.Count >= options.Value.BatchSize ? listed[^1].StartTime.AddTicks(1) : until;
        await config.SetSettingAsync(projectId, WatermarkName, next.ToString("O", CultureInfo.InvariantCulture), ct);
        return results.Count;
    }

    /// <summary>The project's enabled custom evaluators as scorers; one whose connection has gone is skipped, with a log line.</summary>
    private async Task<List<(EvaluatorSetting Setting, ICanaryScorer Scorer)>> CustomScorersAsync(string projectId, CancellationToken ct)
    {
        var resolve = await connections.ResolverAsync(projectId, ct);
        var scorers = new List<(EvaluatorSetting, ICanaryScorer)>();
        foreach (var c in (await CustomAsync(projectId, ct)).Where(c => c.Enabled))
        {
            try
            {
                scorers.Add((new EvaluatorSetting(c.Name, true, c.SampleRate ?? options.Value.DefaultSampleRate, c.Systems), ScorerFactory.Create(c.ToScorer(), resolve, llm)));
            }
            catch (InvalidOperationException ex)
            {
                LogSkipped(c.Name, projectId, ex.Message);
            }
        }
        return scorers;
    }

    /// <summary>Custom evaluators (judges call out, so a few at a time), their judge calls recorded in one trace.</summary>
    private async Task<IReadOnlyList<ScoreRecord>> RunCustomAsync(string projectId, List<(SpanView Call, ScoringInput Input, ICanaryScorer Scorer)> work, CancellationToken ct)
    {
        var outcomes = new ScorerResult?[work.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, work.Count), new ParallelOptions { MaxDegreeOfParallelism = JudgeConcurrency, CancellationToken = ct },
            async (i, token) => outcomes[i] = await work[i].Scorer.ScoreAsync(work[i].Input, token));
        var judged = work.Zip(outcomes).Where(x => x.Second?.JudgeCall is not null)
            .Select(x => new Llm.OwnCallRecorder.Call(x.Second!.JudgeCall!.Connection, x.Second.JudgeCall.Request, x.Second.JudgeCall.Completion,
                $"judge:{x.First.Scorer.Name}", new Dictionary<string, string> { ["telltale.judged.trace_id"] = x.First.Call.TraceId, ["telltale.judged.span_id"] = x.First.Call.SpanId }))
            .ToList();
        await recorder.RecordAsync(projectId, "online evaluation", judged);
        return work.Zip(outcomes).Where(x => x.Second is { } r && !double.IsNaN(r.Value))
            .Select(x => Score(x.First.Call, x.First.Scorer.Name, x.Second!.Value, x.First.Scorer.IsBinary ? (x.Second.Value >= 0.5 ? "pass" : "fail") : null,
                $"{x.First.Scorer.Name}: {x.Second.Reason}"))
            .ToList();
    }

    private static ScoreRecord Score(SpanView call, string name, double value, string? label, string comment) => new()
    {
        Id = ApiKeySecrets.NewId(),
        Name = name,
        DataType = ScoreRecord.Numeric,
        NumericValue = value,
        StringValue = label,
        TraceId = call.TraceId,
        SpanId = call.SpanId,
        SessionId = call.SessionId,
        System = call.System,
        Comment = comment,
        Source = "evaluator",
        Time = call.StartTime,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Custom evaluator {Name} of project {ProjectId} skipped: {Reason}")]
    private partial void LogSkipped(string name, string projectId, string reason);

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
