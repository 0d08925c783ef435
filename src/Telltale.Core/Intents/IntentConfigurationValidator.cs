namespace Telltale.Core.Intents;

/// <summary>Turns a posted intent configuration into a normalised one, or names every problem.</summary>
public static class IntentConfigurationValidator
{
    public const int MinIntents = 2;
    public const int MinExamples = 3;
    public const int MaxIntents = 100;
    public const int MaxExamplesPerIntent = 500;
    public const int MaxNameLength = 100;
    public const int MaxExampleLength = 2000;

    public sealed record PostedIntent(string? Name, List<string?>? Examples);

    public sealed record Posted(List<PostedIntent?>? Intents, string? FallbackIntent, double? MinConfidence, List<string?>? Systems);

    public static (IntentConfiguration? Configuration, IReadOnlyList<string> Errors) Normalize(Posted? posted)
    {
        var errors = new List<string>();
        var intents = new List<IntentDefinition>();
        var posts = posted?.Intents ?? [];
        if (posts.Count < MinIntents)
            errors.Add($"Give at least {MinIntents} intents in 'intents'; got {posts.Count}. A classifier needs something to tell apart.");
        if (posts.Count > MaxIntents) errors.Add($"At most {MaxIntents} intents; got {posts.Count}.");

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < posts.Count; i++)
        {
            var name = posts[i]?.Name?.Trim();
            if (string.IsNullOrEmpty(name))
            {
                errors.Add($"Intent {i + 1} has no 'name'.");
                continue;
            }
            if (name.Length > MaxNameLength) errors.Add($"Intent name '{name[..20]}…' is longer than {MaxNameLength} characters.");
            if (!seen.Add(name)) errors.Add($"Intent name '{name}' is used more than once; names must be unique (ignoring case).");

            var examples = (posts[i]!.Examples ?? []).Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e!.Trim())
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (examples.Count < MinExamples)
                errors.Add($"Intent '{name}' has {examples.Count} distinct non-empty example(s); each intent needs at least {MinExamples}.");
            if (examples.Count > MaxExamplesPerIntent) errors.Add($"Intent '{name}' has {examples.Count} examples; at most {MaxExamplesPerIntent}.");
            if (examples.Any(e => e.Length > MaxExampleLength))
                errors.Add($"An example of intent '{name}' is longer than {MaxExampleLength} characters.");
            intents.Add(new IntentDefinition(name, examples));
        }

        var fallback = string.IsNullOrWhiteSpace(posted?.FallbackIntent) ? IntentConfiguration.DefaultFallbackIntent : posted.FallbackIntent.Trim();
        if (fallback.Length > MaxNameLength) errors.Add($"'fallbackIntent' is longer than {MaxNameLength} characters.");
        if (seen.Contains(fallback))
            errors.Add($"'fallbackIntent' '{fallback}' is also a configured intent; name the fallback differently (default '{IntentConfiguration.DefaultFallbackIntent}').");
        var minConfidence = posted?.MinConfidence ?? IntentConfiguration.DefaultMinConfidence;
        if (minConfidence is < 0 or >= 1 || double.IsNaN(minConfidence))
            errors.Add($"'minConfidence' must be at least 0 and below 1; got {minConfidence}.");

        if (errors.Count > 0) return (null, errors);
        return (new IntentConfiguration
        {
            Intents = intents,
            FallbackIntent = fallback,
            MinConfidence = minConfidence,
            Systems = (posted!.Systems ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim()).Distinct().ToList(),
        }, errors);
    }
}
