using Telltale.Core.Querying;

namespace Telltale.Core.Intents;

/// <summary>
/// Decides the intent of each trace. An intent the application declared (<c>telltale.intent</c>) on the trace, or
/// on the trace that opened its session, wins. Otherwise the classifier reads the conversation's first user message:
/// that of the session's first trace when the trace belongs to a session, else the trace's own. A trace with neither
/// is left untagged.
/// </summary>
/// <param name="configuration">Null when the project has configured no intents: only declared intents are kept.</param>
public sealed class IntentTagger(IntentConfiguration? configuration, IIntentClassifier? classifier)
{
    public const string FromAttribute = "attribute";
    public const string FromClassifier = "classifier";

    /// <param name="sessionOpeners">The first trace of each session, by session id.</param>
    /// <param name="spans">The opening spans (see <see cref="ConversationOpening"/>) of the traces and of the session openers.</param>
    public IReadOnlyList<TraceIntent> Tag(IReadOnlyList<TraceStart> traces, IReadOnlyDictionary<string, string> sessionOpeners,
        IReadOnlyDictionary<string, IReadOnlyList<SpanView>> spans)
    {
        var predictions = new Dictionary<string, IntentPrediction?>();
        var tags = new List<TraceIntent>();
        foreach (var trace in traces)
        {
            var own = spans.GetValueOrDefault(trace.TraceId) ?? [];
            var opener = trace.SessionId is { } session && sessionOpeners.TryGetValue(session, out var first) ? first : trace.TraceId;
            var opening = spans.GetValueOrDefault(opener) ?? own;

            if ((ConversationOpening.DeclaredIntent(own) ?? ConversationOpening.DeclaredIntent(opening)) is { } declared)
            {
                tags.Add(Tagged(trace, declared, 1, FromAttribute));
                continue;
            }
            if (configuration is null || classifier is null || !configuration.Covers(trace.System)) continue;
            var (source, text) = ConversationOpening.FirstUserMessage(opening) is { } opened
                ? (opener, opened)
                : (trace.TraceId, ConversationOpening.FirstUserMessage(own));
            // Every turn of a conversation shares its opener's prediction; classify it once.
            if (!predictions.TryGetValue(source, out var prediction))
                predictions[source] = prediction = text is null ? null : classifier.Classify(text);
            if (prediction is not null)
                tags.Add(Tagged(trace, configuration.LabelFor(prediction), prediction.Confidence, FromClassifier));
        }
        return tags;
    }

    private static TraceIntent Tagged(TraceStart trace, string intent, double confidence, string source) => new()
    {
        TraceId = trace.TraceId,
        SessionId = trace.SessionId,
        System = trace.System,
        Intent = intent,
        Confidence = confidence,
        Source = source,
        Time = trace.Start,
    };
}
