namespace Telltale.Server.Evaluation;

/// <summary>Bound from Telltale:Evaluation: the online evaluators' schedule and default sampling.</summary>
public sealed class EvaluationOptions
{
    public bool Enabled { get; set; } = true;
    public int IntervalSeconds { get; set; } = 30;

    /// <summary>Calls are evaluated once they are this old, so the retrieval spans of their trace have arrived.</summary>
    public int LagSeconds { get; set; } = 60;

    /// <summary>Share of traces each evaluator sees unless a project sets its own.</summary>
    public double DefaultSampleRate { get; set; } = 0.1;
    public int BatchSize { get; set; } = 2000;
}
