using System.Text.Json.Serialization;

namespace Telltale.Core.Scores;

/// <summary>
/// What a human reviewer may record under one name: a number (optionally within a range), one of a few categories,
/// or yes/no. Annotations are checked against it and stored as scores of that name with source "annotation", so they
/// are alertable as <c>score.&lt;name&gt;</c> like any other score. A comment may go with any annotation and needs no config.
/// </summary>
public sealed record ScoreConfig
{
    public required string Id { get; init; }
    public required string Name { get; init; }

    /// <summary>numeric, categorical or boolean (<see cref="ScoreRecord.Numeric"/> and its siblings).</summary>
    public required string DataType { get; init; }

    /// <summary>Bounds of a numeric score; both or neither are usual, either may be open.</summary>
    public double? Min { get; init; }
    public double? Max { get; init; }

    /// <summary>The choices of a categorical score, in the order reviewers see them.</summary>
    public IReadOnlyList<string>? Categories { get; init; }
    public string? Description { get; init; }

    /// <summary>The automated score this one is compared with in the agreement report; unset, the evaluator of the same
    /// name. Naming it explicitly lets the human score keep its own name, so <c>score.&lt;name&gt;</c> stays human-only.</summary>
    public string? Evaluator { get; init; }

    [JsonIgnore]
    public string ComparedEvaluator => Evaluator ?? Name;

    /// <summary>A numeric value on the 0..1 scale of the evaluators, when both bounds are known; else as given.</summary>
    public double ToUnitScale(double value) =>
        Min is { } min && Max is { } max && max > min ? (value - min) / (max - min) : value;
}
