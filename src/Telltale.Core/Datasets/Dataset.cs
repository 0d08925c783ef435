namespace Telltale.Core.Datasets;

/// <summary>
/// A named, versioned set of examples (inputs with reference outputs) that canary evaluations run against. Every
/// change to its items makes a new version; a run records the version it used, so two runs are compared on the
/// same items or the difference is visible.
/// </summary>
public sealed record Dataset
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? Description { get; init; }

    /// <summary>0 while empty; each add or removal of items increments it.</summary>
    public int Version { get; init; }
    public int ItemCount { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}
