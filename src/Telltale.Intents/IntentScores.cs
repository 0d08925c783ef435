namespace Telltale.Intents;

/// <summary>What the trained model returns for an utterance: one probability per intent, in label-key order.</summary>
internal sealed class IntentScores
{
    public float[] Score { get; set; } = [];
}
