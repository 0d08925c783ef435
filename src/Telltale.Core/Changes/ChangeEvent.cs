namespace Telltale.Core.Changes;

/// <summary>
/// Something that changed in or around an AI system — a deployment, a prompt version, a model switch, a
/// configuration change — or a change Telltale saw in traffic by itself (a new responding model version, a new
/// <c>service.version</c>). Shown on charts and offered as context when an alert fires.
/// </summary>
public sealed record ChangeEvent
{
    public required string Id { get; init; }
    public required string Kind { get; init; }
    public required string Title { get; init; }
    public string? System { get; init; }
    public string? Description { get; init; }
    public DateTimeOffset Time { get; init; }

    /// <summary>"api" when someone posted it, "traffic" when Telltale detected it.</summary>
    public required string Source { get; init; }
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>();
}
