namespace Telltale.Core.Projects;

/// <summary>A project isolates data: every span, key and setting belongs to exactly one.</summary>
public sealed record Project(string Id, string Name, DateTimeOffset CreatedAt);
