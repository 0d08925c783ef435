using System.Globalization;
using Spectre.Console;
using Telltale.Core.Evaluation.Canary;

namespace Telltale.Cli.Commands;

/// <summary>A canary run for a terminal: the verdict first, then the per-scorer comparison and the items that got worse.</summary>
public static class CanaryRunReport
{
    private const int WorstItemsShown = 5;

    public static void Write(IAnsiConsole console, CanaryRun run)
    {
        console.MarkupLine($"[bold]Canary {Markup.Escape(run.CanaryName)}[/] · {Markup.Escape(run.System)} · {Markup.Escape(run.TargetModel)}" +
                           $" answered by {Markup.Escape(string.Join(", ", run.ResponseModels))} · dataset v{run.DatasetVersion}");
        if (run.Status != CanaryRun.Completed)
        {
            console.MarkupLine($"[red]Run {run.Status}:[/] {Markup.Escape(run.Error ?? "")}");
            return;
        }
        console.MarkupLine($"Score {F(run.Score)} over {run.ScoredItems} items ({run.FailedItems} failed), cost ${run.CostUsd.ToString("0.####", CultureInfo.InvariantCulture)}");
        if (run.Comparison is not { } comparison)
        {
            console.MarkupLine("[yellow]No baseline yet: this run is now the baseline later runs are compared with.[/]");
            return;
        }
        var colour = comparison.Regressed ? "red" : comparison.Overall.RelativeDrop * 100 > 0 && !comparison.Overall.Significant ? "yellow" : "green";
        console.MarkupLine($"[{colour}]{Markup.Escape(comparison.Verdict)}[/]");

        var table = new Table().AddColumns("scorer", "baseline", "now", "change", "test", "p", "worse", "better");
        foreach (var s in comparison.Scorers.Prepend(comparison.Overall))
            table.AddRow(Markup.Escape(s.Name), F(s.BaselineScore), F(s.Score), Change(s.RelativeDrop), s.Test, s.PValue.ToString("0.####", CultureInfo.InvariantCulture),
                s.Regressions.ToString(CultureInfo.InvariantCulture), s.Improvements.ToString(CultureInfo.InvariantCulture));
        console.Write(table);

        var worst = run.Items.Where(i => i.Score is not null).OrderBy(i => i.Score).Take(WorstItemsShown).Where(i => i.Score < 1).ToList();
        if (worst.Count == 0) return;
        console.MarkupLine("[bold]Lowest-scoring items[/]");
        foreach (var item in worst)
            console.MarkupLine($"  {Markup.Escape(item.ItemId)} {F(item.Score)}: {Markup.Escape(string.Join("; ", item.Reasons.Select(r => $"{r.Key}: {r.Value}")))}");
    }

    private static string F(double? v) => v is { } x ? x.ToString("0.###", CultureInfo.InvariantCulture) : "–";

    private static string Change(double drop) => drop == 0 ? "0 %" : (-drop).ToString("+0.0 %;-0.0 %", CultureInfo.InvariantCulture);
}
