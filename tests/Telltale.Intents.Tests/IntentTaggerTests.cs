using Telltale.Core.Intents;
using Telltale.Core.Model;
using Telltale.Core.Querying;
using Telltale.Core.Serialization;

namespace Telltale.Intents.Tests;

/// <summary>The tagging rules, with the real classifier trained on the test utterances.</summary>
public sealed class IntentTaggerTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly IIntentClassifier Classifier = MlNetIntentClassifier.Train(SupportUtterances.Training);
    private static readonly IntentConfiguration Configuration = new() { Intents = SupportUtterances.Training };

    private static SpanView Call(string traceId, string userText, string attributes = "{}") => new()
    {
        TraceId = traceId, SpanId = traceId + "-llm", Name = "chat", Kind = "llm", System = "support", Status = "ok",
        InputMessages = [new ChatMessage("user", userText)], Attributes = TelltaleJson.Element(attributes),
    };

    private static Dictionary<string, IReadOnlyList<SpanView>> Spans(params SpanView[] spans) =>
        spans.GroupBy(s => s.TraceId).ToDictionary(g => g.Key, g => (IReadOnlyList<SpanView>)g.ToList());

    [Fact]
    public void Every_turn_of_a_session_takes_the_intent_of_its_opening_message()
    {
        TraceStart[] traces = [new("t1", "s1", "support", T0), new("t2", "s1", "support", T0.AddMinutes(1)), new("t3", null, "support", T0.AddMinutes(2))];
        var spans = Spans(Call("t1", "I forgot my password"), Call("t2", "Where is my package?"), Call("t3", "Where is my package?"));

        var tags = new IntentTagger(Configuration, Classifier).Tag(traces, new Dictionary<string, string> { ["s1"] = "t1" }, spans);

        Assert.Equal(["password-reset", "password-reset", "shipping"], tags.Select(t => t.Intent));
        Assert.All(tags, t => Assert.Equal(IntentTagger.FromClassifier, t.Source));
        Assert.Equal((T0.AddMinutes(1), "s1"), (tags[1].Time, tags[1].SessionId));
    }

    [Fact]
    public void A_declared_intent_wins_and_is_kept_even_without_a_configuration()
    {
        TraceStart[] traces = [new("t1", "s1", "support", T0), new("t2", "s1", "support", T0.AddMinutes(1))];
        var spans = Spans(Call("t1", "I forgot my password", """{"telltale.intent":"vip"}"""), Call("t2", "Where is my package?"));
        var openers = new Dictionary<string, string> { ["s1"] = "t1" };

        var configured = new IntentTagger(Configuration, Classifier).Tag(traces, openers, spans);
        var unconfigured = new IntentTagger(null, null).Tag(traces, openers, spans);

        Assert.All(configured, t => Assert.Equal(("vip", IntentTagger.FromAttribute, 1.0), (t.Intent, t.Source, t.Confidence)));
        Assert.Equal(2, unconfigured.Count);
        Assert.Empty(new IntentTagger(null, null).Tag(traces, openers, Spans(Call("t1", "I forgot my password"))));
    }

    [Fact]
    public void Unsure_guesses_become_the_fallback_and_other_systems_and_silent_traces_stay_untagged()
    {
        TraceStart[] traces = [new("t1", null, "support", T0), new("t2", null, "ops-agent", T0), new("t3", null, "support", T0)];
        var spans = Spans(Call("t1", "Write a haiku about autumn leaves"), Call("t2", "I forgot my password"));
        var supportOnly = Configuration with { Systems = ["support"] };

        var tags = new IntentTagger(supportOnly, Classifier).Tag(traces, new Dictionary<string, string>(), spans);

        var tag = Assert.Single(tags);
        Assert.Equal(("t1", "other"), (tag.TraceId, tag.Intent));
        Assert.True(tag.Confidence < IntentConfiguration.DefaultMinConfidence);
    }
}
