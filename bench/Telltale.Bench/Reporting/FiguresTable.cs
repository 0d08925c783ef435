namespace Telltale.Bench.Reporting;

/// <summary>A plain-text table of figures, printed once at the end of a suite so it can be pasted into a report.</summary>
public sealed class FiguresTable(string title, params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public FiguresTable Row(params string[] cells)
    {
        if (cells.Length != headers.Length) throw new ArgumentException($"Expected {headers.Length} cells, got {cells.Length}.");
        _rows.Add(cells);
        return this;
    }

    public void Print(TextWriter? output = null)
    {
        output ??= Console.Out;
        var widths = headers.Select((h, i) => Math.Max(h.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Length))).ToArray();
        var rule = "+" + string.Join("+", widths.Select(w => new string('-', w + 2))) + "+";
        output.WriteLine();
        output.WriteLine(title);
        output.WriteLine(rule);
        output.WriteLine(Line(headers, widths));
        output.WriteLine(rule);
        foreach (var row in _rows) output.WriteLine(Line(row, widths));
        output.WriteLine(rule);
    }

    private static bool LooksNumeric(string cell) => cell.Length > 0 && (char.IsDigit(cell[0]) || cell[0] is '+' or '-' or '≥');

    // Text left-aligned, figures right-aligned, so columns of numbers line up.
    private static string Line(string[] cells, int[] widths) =>
        "| " + string.Join(" | ", cells.Select((c, i) => i == 0 || !LooksNumeric(c) ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))) + " |";
}
