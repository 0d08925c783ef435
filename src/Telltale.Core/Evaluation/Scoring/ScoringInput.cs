namespace Telltale.Core.Evaluation.Scoring;

/// <summary>What a scorer sees of one dataset item or production call: what was asked, what came back, what was expected.</summary>
/// <param name="Context">The retrieved documents' text, for online judges of production calls.</param>
public sealed record ScoringInput(string Input, string Output, string? Reference, string? Intent = null,
    IReadOnlyDictionary<string, string>? Metadata = null, string? System = null, string? Context = null);
