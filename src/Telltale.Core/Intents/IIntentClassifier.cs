namespace Telltale.Core.Intents;

/// <summary>Tells which of a project's intents a user message is about. Implementations are safe to call from
/// several threads.</summary>
public interface IIntentClassifier
{
    IntentPrediction Classify(string text);
}
