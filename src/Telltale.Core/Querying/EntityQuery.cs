namespace Telltale.Core.Querying;

/// <summary>Filters for listing sessions or users.</summary>
public sealed record EntityQuery
{
    public required TimeRange Range { get; init; }
    public string? System { get; init; }
    public string? UserId { get; init; }
    public int Limit { get; init; } = 50;
    public int Offset { get; init; }
}
