using Telltale.Core.Querying;
using Telltale.Core.Scores;

namespace Telltale.Core.Review.Agreement;

/// <summary>Reads the human annotations of a period and the automated scores of the same traces, and reports their
/// agreement for every score config of the project.</summary>
public sealed class AgreementReport(IScoreConfigStore configs, IScoreStore scores)
{
    public static readonly TimeSpan DefaultRange = TimeSpan.FromDays(30);
    private const int MaxAnnotations = 50_000;
    private const int MaxAutomatedScores = 500_000;

    public async Task<IReadOnlyList<EvaluatorAgreement>> ComputeAsync(string projectId, TimeRange range, CancellationToken ct)
    {
        var all = await configs.ListAsync(projectId, ct);
        if (all.Count == 0) return [];
        var human = await scores.QueryAsync(projectId, new ScoreQuery
        {
            Range = range, Names = all.Select(c => c.Name).ToList(), Sources = [ScoreSources.Annotation], Limit = MaxAnnotations,
        }, ct);
        var traces = human.Select(s => s.TraceId).OfType<string>().Distinct().ToList();
        IReadOnlyList<ScoreRecord> automated = traces.Count == 0 ? [] : await scores.QueryAsync(projectId, new ScoreQuery
        {
            TraceIds = traces, Names = all.Select(c => c.ComparedEvaluator).Distinct().ToList(), Sources = ScoreSources.Automated,
            Limit = MaxAutomatedScores,
        }, ct);
        return AgreementCalculator.Compute(all, human, automated);
    }
}
