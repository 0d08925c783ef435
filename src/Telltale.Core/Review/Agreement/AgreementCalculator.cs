using Telltale.Core.Scores;

namespace Telltale.Core.Review.Agreement;

/// <summary>
/// Pairs human annotations with automated scores of the same trace and measures their agreement per config and the
/// evaluator it is compared with. Where a trace has several scores of a name (one per model call, or a second
/// annotation), the newest counts: the last call's answer is the one a reviewer reads.
/// </summary>
public static class AgreementCalculator
{
    public const double BooleanThreshold = 0.5;

    public static IReadOnlyList<EvaluatorAgreement> Compute(IReadOnlyList<ScoreConfig> configs, IReadOnlyList<ScoreRecord> human,
        IReadOnlyList<ScoreRecord> automated)
    {
        var rows = new List<EvaluatorAgreement>();
        foreach (var config in configs.OrderBy(c => c.Name, StringComparer.Ordinal))
        {
            var humans = NewestPerTrace(human.Where(s => s.Name == config.Name));
            var machines = NewestPerTrace(automated.Where(s => s.Name == config.ComparedEvaluator));
            var pairs = humans.Where(h => machines.ContainsKey(h.Key))
                .OrderBy(h => h.Key, StringComparer.Ordinal).Select(h => (Human: h.Value, Machine: machines[h.Key])).ToList();
            rows.Add(config.DataType == ScoreRecord.Numeric ? Numeric(config, pairs) : Labelled(config, pairs));
        }
        return rows;
    }

    private static EvaluatorAgreement Numeric(ScoreConfig config, List<(ScoreRecord Human, ScoreRecord Machine)> pairs)
    {
        var usable = pairs.Where(p => p.Human.NumericValue is not null && p.Machine.NumericValue is not null).ToList();
        var human = usable.Select(p => config.ToUnitScale(p.Human.NumericValue!.Value)).ToList();
        var machine = usable.Select(p => p.Machine.NumericValue!.Value).ToList();
        return Row(config, usable.Count) with
        {
            Pearson = AgreementStatistics.Pearson(human, machine),
            Spearman = AgreementStatistics.Spearman(human, machine),
            MeanAbsoluteDifference = AgreementStatistics.MeanAbsoluteDifference(human, machine),
        };
    }

    private static EvaluatorAgreement Labelled(ScoreConfig config, List<(ScoreRecord Human, ScoreRecord Machine)> pairs)
    {
        var labels = pairs.Select(p => (A: LabelOf(config, p.Human), B: LabelOf(config, p.Machine)))
            .Where(p => p.A is not null && p.B is not null).Select(p => (p.A!, p.B!)).ToList();
        return Row(config, labels.Count) with
        {
            PercentAgreement = AgreementStatistics.PercentAgreement(labels),
            CohensKappa = AgreementStatistics.CohensKappa(labels),
        };
    }

    /// <summary>A boolean reads as "true"/"false" whether it is a human's yes/no or an evaluator's value from 0 to 1;
    /// a categorical score reads as its label (an evaluator without labels has nothing to compare).</summary>
    private static string? LabelOf(ScoreConfig config, ScoreRecord score)
    {
        if (config.DataType != ScoreRecord.Boolean) return score.StringValue;
        if (score.NumericValue is { } value) return value >= BooleanThreshold ? "true" : "false";
        return bool.TryParse(score.StringValue, out var flag) ? (flag ? "true" : "false") : null;
    }

    private static EvaluatorAgreement Row(ScoreConfig config, int pairs) => new()
    {
        Evaluator = config.ComparedEvaluator, ScoreConfig = config.Name, DataType = config.DataType, Pairs = pairs,
    };

    private static Dictionary<string, ScoreRecord> NewestPerTrace(IEnumerable<ScoreRecord> scores) =>
        scores.Where(s => s.TraceId is not null).GroupBy(s => s.TraceId!)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(s => s.Time).ThenByDescending(s => s.Id, StringComparer.Ordinal).First());
}
