using System.Text.Json;

namespace Telltale.Core.Review;

/// <summary>What a reviewer submits for an item: a value per score config (any may be left out) and a comment.</summary>
public sealed record ReviewAnnotation(IReadOnlyDictionary<string, JsonElement>? Values, string? Comment, string? Reviewer);
