using System.Collections.Concurrent;
using Telltale.Core.Alerting;
using Telltale.Core.Datasets;
using Telltale.Core.Evaluation.Canary;
using Telltale.Core.Evaluation.Llm;
using Telltale.Core.Evaluation.Scoring;
using Telltale.Core.Projects;
using Telltale.Server.Alerting;
using Telltale.Server.Evaluation.Llm;

namespace Telltale.Server.Evaluation.Canary;

/// <summary>
/// Runs a canary once: every dataset item through the target with the production prompt, each output scored, the
/// run compared with the pinned baseline, Telltale's own calls recorded (with their cost), and the canary alert rules
/// evaluated at once, so a regression alerts when the run ends rather than at the next alerting round.
/// </summary>
public sealed partial class CanaryRunner(ICanaryStore store, IDatasetStore datasets, LlmConnections connections, ILlmClient llm,
    OwnCallRecorder recorder, AlertingCycle alerting, TimeProvider time, ILogger<CanaryRunner> logger)
{
    public const string ScheduleTrigger = CanaryTriggers.Schedule;
    public const string ManualTrigger = CanaryTriggers.Manual;
    public const string ModelChangeTrigger = CanaryTriggers.ModelChange;

    /// <summary>More failed items than this share makes the run a failure, not a measurement.</summary>
    private const double MaxFailedShare = 0.5;

    // A scheduled run and a model-change run of one canary must not overlap.
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new();

    public async Task<CanaryRun> RunAsync(string projectId, CanaryDefinition canary, string trigger, string? detail, CancellationToken ct)
    {
        var run = await RunGatedAsync(projectId, canary, trigger, detail, null, ct);
        await alerting.RunRulesAsync(projectId, r => CanaryRuleMetrics.Handles(r.Metric), ct);
        return run;
    }

    /// <summary>A run stamped at a given moment, with no alerting round after it: for a simulation stepping its own
    /// clock (the detection benchmark), which evaluates the rules itself at that moment.</summary>
    public Task<CanaryRun> RunAtAsync(string projectId, CanaryDefinition canary, string trigger, string? detail, DateTimeOffset at, CancellationToken ct) =>
        RunGatedAsync(projectId, canary, trigger, detail, at, ct);

    private async Task<CanaryRun> RunGatedAsync(string projectId, CanaryDefinition canary, string trigger, string? detail, DateTimeOffset? at, CancellationToken ct)
    {
        var gate = _gates.GetOrAdd($"{projectId}/{canary.Id}", _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try
        {
            var run = await ExecuteAsync(projectId, canary, trigger, detail, at, ct);
            LogRun(canary.Name, run.Status, run.Score, run.Comparison?.Verdict ?? run.Error ?? "");
            return run;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<CanaryRun> ExecuteAsync(string projectId, CanaryDefinition canary, string trigger, string? detail, DateTimeOffset? at, CancellationToken ct)
    {
        var run = new CanaryRun
        {
            Id = ApiKeySecrets.NewId(),
            CanaryId = canary.Id,
            CanaryName = canary.Name,
            System = canary.System,
            Trigger = trigger,
            TriggerDetail = detail,
            StartedAt = at ?? time.GetUtcNow(),
            FinishedAt = at,
            TargetModel = canary.Target.Model,
        };
        var dataset = await datasets.GetAsync(projectId, canary.Dataset, ct);
        var version = canary.DatasetVersion ?? dataset?.Version ?? 0;
        var items = dataset is null ? [] : await datasets.ItemsAsync(projectId, dataset.Id, version, ct);
        var resolve = await connections.ResolverAsync(projectId, ct);
        var setupError = dataset is null ? $"Dataset '{canary.Dataset}' does not exist."
            : items.Count == 0 ? $"Dataset '{canary.Dataset}' has no items at version {version}."
            : MissingConnection(canary, resolve);
        if (setupError is not null) return await FinishAsync(projectId, run with { Status = CanaryRun.Failed, Error = setupError, DatasetVersion = version });

        run = run with { DatasetVersion = version };
        await store.SaveRunAsync(projectId, run, ct);

        var scorers = canary.Scorers.Select(s => ScorerFactory.Create(s, resolve, llm)).ToList();
        var target = resolve(canary.Target.Connection);
        var results = new CanaryItemResult[items.Count];
        var calls = new ConcurrentQueue<(int Item, int Order, OwnCallRecorder.Call Call)>();
        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, items.Count), new ParallelOptions { MaxDegreeOfParallelism = canary.Concurrency, CancellationToken = ct },
                async (i, token) => results[i] = await RunItemAsync(canary, target, scorers, items[i], (order, call) => calls.Enqueue((i, order, call)), token));
        }
        catch (OperationCanceledException)
        {
            // A run cut short (the server stopping, the caller gone) must not stay "running" for ever.
            await FinishAsync(projectId, run with { Status = CanaryRun.Failed, Error = "The run was interrupted before every item was scored." });
            throw;
        }

        var (traceId, costs) = await recorder.RecordAsync(projectId, $"canary {canary.Name}",
            calls.OrderBy(c => c.Item).ThenBy(c => c.Order).Select(c => c.Call).ToList());
        return await FinishAsync(projectId, Aggregate(run, results, costs.Sum(c => c ?? 0), traceId, at ?? time.GetUtcNow()), canary, scorers);
    }

    private static string? MissingConnection(CanaryDefinition canary, Func<string, LlmConnection> resolve)
    {
        var names = canary.Scorers.Where(s => s.Judge is not null).Select(s => s.Judge!.Connection).Append(canary.Target.Connection);
        foreach (var name in names)
        {
            try
            {
                resolve(name);
            }
            catch (InvalidOperationException ex)
            {
                return ex.Message;
            }
        }
        return null;
    }

    private async Task<CanaryItemResult> RunItemAsync(CanaryDefinition canary, LlmConnection target, IReadOnlyList<ICanaryScorer> scorers,
        DatasetItem item, Action<int, OwnCallRecorder.Call> record, CancellationToken ct)
    {
        var attributes = new Dictionary<string, string> { ["telltale.canary"] = canary.Name, ["telltale.canary.item"] = item.Id };
        var values = new Dictionary<string, string?> { ["input"] = item.Input, ["intent"] = item.Intent };
        foreach (var (k, v) in item.Metadata) values[$"metadata.{k}"] = v;
        var request = new LlmRequest(canary.Target.Model,
            canary.Target.PromptMessages.Select(m => new LlmMessage(m.Role, new PromptTemplate(m.Content).Render(values))).ToList(),
            canary.Target.Temperature, canary.Target.MaxOutputTokens);
        var completion = await llm.CompleteAsync(target, request, ct);
        record(0, new OwnCallRecorder.Call(target, request, completion, $"canary:{canary.Name}", attributes));
        if (!completion.Succeeded)
            return new CanaryItemResult { ItemId = item.Id, Error = completion.Error, DurationMs = completion.Duration.TotalMilliseconds };

        var scores = new Dictionary<string, double>();
        var reasons = new Dictionary<string, string>();
        var input = new ScoringInput(item.Input, completion.Text, item.ReferenceOutput, item.Intent, item.Metadata, canary.System);
        for (var s = 0; s < scorers.Count; s++)
        {
            if (await scorers[s].ScoreAsync(input, ct) is not { } result) continue;
            if (result.JudgeCall is { } judged)
                record(s + 1, new OwnCallRecorder.Call(judged.Connection, judged.Request, judged.Completion, $"judge:{scorers[s].Name}", attributes));
            reasons[result.Scorer] = result.Reason;
            if (!double.IsNaN(result.Value)) scores[result.Scorer] = result.Value;
        }
        return new CanaryItemResult
        {
            ItemId = item.Id,
            Output = completion.Text,
            ResponseModel = completion.ResponseModel,
            DurationMs = completion.Duration.TotalMilliseconds,
            Scores = scores,
            Reasons = reasons,
        };
    }

    private static CanaryRun Aggregate(CanaryRun run, IReadOnlyList<CanaryItemResult> results, decimal cost, string? traceId, DateTimeOffset finishedAt)
    {
        var scored = results.Where(r => r.Score is not null).ToList();
        var failed = results.Count(r => r.Error is not null);
        var means = results.SelectMany(r => r.Scores).GroupBy(kv => kv.Key).ToDictionary(g => g.Key, g => g.Average(kv => kv.Value));
        var tooManyFailed = failed > results.Count * MaxFailedShare;
        return run with
        {
            Status = tooManyFailed ? CanaryRun.Failed : CanaryRun.Completed,
            Error = tooManyFailed ? $"The target failed on {failed} of {results.Count} items; first error: {results.First(r => r.Error is not null).Error}" : null,
            Items = results,
            ScoredItems = scored.Count,
            FailedItems = failed,
            Score = scored.Count == 0 ? null : scored.Average(r => r.Score!.Value),
            ScorerMeans = means,
            ResponseModels = results.Select(r => r.ResponseModel).OfType<string>().Distinct().Order().ToList(),
            CostUsd = cost,
            TraceId = traceId,
            FinishedAt = finishedAt,
        };
    }

    /// <summary>Compares with the baseline (pinning this run as the baseline when there is none yet) and saves.</summary>
    private async Task<CanaryRun> FinishAsync(string projectId, CanaryRun run, CanaryDefinition? canary = null, IReadOnlyList<ICanaryScorer>? scorers = null)
    {
        run = run with { FinishedAt = run.FinishedAt ?? time.GetUtcNow() };
        if (canary is not null && run.Status == CanaryRun.Completed && run.Score is not null)
        {
            var baseline = canary.BaselineRunId is { } id ? await store.GetRunAsync(projectId, id, CancellationToken.None) : null;
            if (baseline is null)
                await store.SaveAsync(projectId, canary with { BaselineRunId = run.Id, UpdatedAt = time.GetUtcNow() }, CancellationToken.None);
            else
                run = run with
                {
                    Comparison = CanaryComparer.Compare(baseline, run, canary.MarginPercent, canary.Alpha,
                        scorers!.Where(s => s.IsBinary).Select(s => s.Name).ToHashSet()),
                };
        }
        // Saved even when the caller has gone: a finished run is worth keeping.
        await store.SaveRunAsync(projectId, run, CancellationToken.None);
        return run;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Canary {Canary} {Status}: score {Score}. {Verdict}")]
    private partial void LogRun(string canary, string status, double? score, string verdict);
}
