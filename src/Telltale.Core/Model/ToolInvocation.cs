namespace Telltale.Core.Model;

/// <summary>What a tool span executed: name, call id, and the arguments and result as sent (usually JSON text).</summary>
public sealed record ToolInvocation(string Name)
{
    public string? CallId { get; init; }
    public string? Description { get; init; }
    public string? Arguments { get; init; }
    public string? Result { get; init; }
}
