using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Telltale.Core.Intents;
using Telltale.Core.Serialization;

namespace Telltale.Intents;

/// <summary>
/// One trained classifier per project, kept until the project's intents or examples change: training takes about a
/// second, classifying a message well under a millisecond.
/// </summary>
public sealed class IntentClassifierCache
{
    private readonly ConcurrentDictionary<string, Trained> _byProject = new();

    private sealed record Trained(string Hash, Lazy<IIntentClassifier> Classifier);

    public IIntentClassifier For(string projectId, IReadOnlyList<IntentDefinition> intents)
    {
        var hash = Hash(intents);
        var trained = _byProject.AddOrUpdate(projectId,
            _ => New(hash, intents),
            (_, existing) => existing.Hash == hash ? existing : New(hash, intents));
        return trained.Classifier.Value;
    }

    /// <summary>Lazy, so two callers that find the same new configuration train it once.</summary>
    private static Trained New(string hash, IReadOnlyList<IntentDefinition> intents) =>
        new(hash, new Lazy<IIntentClassifier>(() => MlNetIntentClassifier.Train(intents)));

    private static string Hash(IReadOnlyList<IntentDefinition> intents) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(TelltaleJson.Serialize(intents))));
}
