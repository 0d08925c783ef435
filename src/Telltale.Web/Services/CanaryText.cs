using System.Globalization;
using Telltale.Core.Evaluation.Canary;
using Telltale.Core.Evaluation.Scoring;

namespace Telltale.Web.Services;

/// <summary>How a canary's definition and its runs read in tables and headers.</summary>
public static class CanaryText
{
    public static string Dataset(CanaryDefinition canary) =>
        $"{canary.Dataset} {(canary.DatasetVersion is { } v ? $"v{v}" : "(current version)")}";

    /// <summary>Each scorer by the name its scores go by, with its type when the name hides it.</summary>
    public static string Scorers(CanaryDefinition canary) => string.Join(", ", canary.Scorers.Select(Scorer));

    public static string Scorer(ScorerConfig s) =>
        s.ScoreName == s.Type ? s.Type : $"{s.ScoreName} ({s.Type}{(s.Judge is { } judge ? $", {judge.Model}" : "")})";

    public static string Trigger(CanaryRun run) =>
        run.Trigger.Replace('_', ' ') + (string.IsNullOrEmpty(run.TriggerDetail) ? "" : $" · {run.TriggerDetail}");

    /// <summary>Margin and significance: what a drop must exceed to be called a regression.</summary>
    public static string Rule(CanaryDefinition canary) => string.Create(CultureInfo.InvariantCulture,
        $"a regression is a drop of more than {canary.MarginPercent:0.##} % significant at {canary.Alpha:0.###}");

    public static string ResponseModels(CanaryRun run) => run.ResponseModels.Count == 0 ? "–" : string.Join(", ", run.ResponseModels);
}
