using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Telltale.Core.Changes;

namespace Telltale.Web.Components.Shared;

/// <summary>The Plotly layout all Telltale time charts share: compact margins, theme colours, change markers.</summary>
public static class ChartLayout
{
    public static Plotly.Blazor.Layout For(int height, string? yTitle, bool stackedBars, IReadOnlyList<ChangeEvent> changes, bool dark)
    {
        var text = dark ? "#e0e0e0" : "#424242";
        var grid = dark ? "#424242" : "#e0e0e0";
        return new Plotly.Blazor.Layout
        {
            Height = height,
            Margin = new Margin { L = 56, R = 16, T = 8, B = 36 },
            PaperBgColor = "rgba(0,0,0,0)",
            PlotBgColor = "rgba(0,0,0,0)",
            Font = new Font { Color = text, Size = 11 },
            ShowLegend = true,
            Legend = [new Legend { Orientation = Plotly.Blazor.LayoutLib.LegendLib.OrientationEnum.H }],
            BarMode = stackedBars ? BarModeEnum.Stack : null,
            XAxis = [new XAxis { Type = Plotly.Blazor.LayoutLib.XAxisLib.TypeEnum.Date, GridColor = grid }],
            YAxis = [new YAxis { Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = yTitle }, GridColor = grid, RangeMode = Plotly.Blazor.LayoutLib.YAxisLib.RangeModeEnum.ToZero }],
            Shapes = changes.Select(c => new Shape
            {
                Type = Plotly.Blazor.LayoutLib.ShapeLib.TypeEnum.Line,
                XRef = "x",
                YRef = "paper",
                X0 = c.Time.UtcDateTime,
                X1 = c.Time.UtcDateTime,
                Y0 = 0,
                Y1 = 1,
                Line = new Plotly.Blazor.LayoutLib.ShapeLib.Line { Color = "#ff9800", Dash = "dash", Width = 1.5m },
                Name = $"{c.Kind}: {c.Title}",
            }).ToList(),
            Annotations = changes.Select(c => new Annotation
            {
                X = c.Time.UtcDateTime,
                XRef = "x",
                Y = 1,
                YRef = "paper",
                Text = c.Kind,
                ShowArrow = false,
                Font = new Plotly.Blazor.LayoutLib.AnnotationLib.Font { Color = "#ff9800", Size = 10 },
                YAnchor = Plotly.Blazor.LayoutLib.AnnotationLib.YAnchorEnum.Bottom,
                HoverText = c.Title,
            }).ToList(),
        };
    }
}
