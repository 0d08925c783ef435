namespace Telltale.Ingestion.Pipeline;

/// <summary>Counts refused items and keeps the first few reasons, for the partial-success message.</summary>
internal sealed class RejectionLog
{
    private const int MaxReasons = 3;
    private readonly List<string> _reasons = [];

    public long Count { get; private set; }

    public void Add(string reason)
    {
        Count++;
        if (_reasons.Count < MaxReasons) _reasons.Add(reason);
    }

    public string? Message(string noun) => Count == 0
        ? null
        : $"{Count} {noun} rejected: {string.Join("; ", _reasons)}{(Count > _reasons.Count ? "; …" : "")}";
}
