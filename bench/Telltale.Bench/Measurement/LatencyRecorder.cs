namespace Telltale.Bench.Measurement;

/// <summary>Per-request latencies from several client tasks; percentiles by nearest rank over every sample.</summary>
public sealed class LatencyRecorder
{
    private readonly List<double> _milliseconds = [];
    private readonly Lock _gate = new();

    public void Add(TimeSpan elapsed)
    {
        lock (_gate) _milliseconds.Add(elapsed.TotalMilliseconds);
    }

    public int Count
    {
        get { lock (_gate) return _milliseconds.Count; }
    }

    public double Percentile(double p)
    {
        lock (_gate) return Statistics.Percentile(_milliseconds, p);
    }

    public double Max()
    {
        lock (_gate) return _milliseconds.Count == 0 ? double.NaN : _milliseconds.Max();
    }
}
