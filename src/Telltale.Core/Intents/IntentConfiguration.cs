namespace Telltale.Core.Intents;

/// <summary>
/// A project's intents: what its conversations are about, each with example utterances, and what to call a
/// conversation the classifier is unsure about.
/// </summary>
public sealed record IntentConfiguration
{
    public const string DefaultFallbackIntent = "other";

    /// <summary>Below this probability a conversation is tagged with the fallback intent. Measured with the classifier
    /// tests' five intents: correct guesses scored at least 0.50, off-topic messages 0.31–0.44; on the demo's six
    /// intents 3 % of simulated conversations fell below 0.4. With many intents probabilities spread thinner: lower it.</summary>
    public const double DefaultMinConfidence = 0.4;

    public required IReadOnlyList<IntentDefinition> Intents { get; init; }
    public string FallbackIntent { get; init; } = DefaultFallbackIntent;

    /// <summary>0 always takes the classifier's best guess.</summary>
    public double MinConfidence { get; init; } = DefaultMinConfidence;

    /// <summary>The AI systems whose conversations the classifier tags; empty for all of them. Intents an
    /// application sends itself (<c>telltale.intent</c>) are kept for every system.</summary>
    public IReadOnlyList<string> Systems { get; init; } = [];

    public bool Covers(string system) => Systems.Count == 0 || Systems.Contains(system, StringComparer.Ordinal);

    /// <summary>The label a prediction becomes: the intent, or the fallback when the classifier is unsure.</summary>
    public string LabelFor(IntentPrediction prediction) =>
        prediction.Confidence < MinConfidence ? FallbackIntent : prediction.Intent;
}
