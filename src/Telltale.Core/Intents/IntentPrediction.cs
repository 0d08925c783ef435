namespace Telltale.Core.Intents;

/// <summary>A classifier's best intent for a text and its probability (0..1).</summary>
public sealed record IntentPrediction(string Intent, double Confidence);
