namespace Telltale.Simulation.Systems;

/// <summary>A model as the simulator calls it: the alias requested, the pinned version that answers, and how fast it
/// streams (time to first token, then milliseconds per output token; published figures for these models are in
/// this range).</summary>
public sealed record ModelSpec(string Provider, string RequestModel, string ResponseModel, double FirstTokenMedianMs, double MsPerOutputToken)
{
    public static readonly ModelSpec Gpt4o = new("openai", "gpt-4o", "gpt-4o-2024-08-06", 420, 14);

    /// <summary>What the gpt-4o alias points at after the vendor's update.</summary>
    public static readonly ModelSpec Gpt4oUpdated = Gpt4o with { ResponseModel = "gpt-4o-2024-11-20", FirstTokenMedianMs = 450 };

    public static readonly ModelSpec Gpt4oMini = new("openai", "gpt-4o-mini", "gpt-4o-mini-2024-07-18", 300, 9);
    public static readonly ModelSpec ClaudeSonnet4 = new("anthropic", "claude-sonnet-4", "claude-sonnet-4-20250514", 700, 16);
    public static readonly ModelSpec Embedding3Small = new("openai", "text-embedding-3-small", "text-embedding-3-small", 55, 0);
}
