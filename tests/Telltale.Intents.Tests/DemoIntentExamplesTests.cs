using System.Text.Json;
using Telltale.Core.Intents;
using Telltale.Simulation.Content;
using Telltale.Simulation.Model;
using Telltale.Simulation.Running;
using Telltale.Simulation.Scenarios;
using Telltale.Simulation.Systems;
using Telltale.Simulation.Traffic;
using Xunit.Abstractions;

namespace Telltale.Intents.Tests;

/// <summary>The examples the demo configures for support-assistant, against six hours of its simulated conversations
/// (their opening message, as Telltale reads it: the first user message of the session's first model call), the
/// last three hours with stale retrieval under way as in the demo.</summary>
public sealed class DemoIntentExamplesTests(ITestOutputHelper output)
{
    /// <summary>Measured 0.90; 0.97 without the stale articles. The examples were written apart from the simulator's
    /// templates; retrieved articles ride along in the user message, as in many RAG applications.</summary>
    private const double AccuracyFloor = 0.85;

    [Fact]
    public void The_demo_examples_tag_simulated_support_conversations_with_accuracy_of_at_least_85_percent()
    {
        var classifier = MlNetIntentClassifier.Train(SupportIntentExamples.Examples.Select(e => new IntentDefinition(e.Key, e.Value)).ToList());
        var start = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        var scenario = new Scenario("intents", start, start, start.AddHours(6), new Dictionary<string, double> { [SupportAssistant.SystemName] = 6 },
            [new Incident(IncidentKind.StaleRetrieval, SupportAssistant.SystemName, start.AddHours(3), start.AddHours(6))], TrafficShape.Flat);

        var openings = new EventTimeline(scenario, seed: 7).Advance(scenario.End.AddHours(1)).OfType<TraceEvent>()
            .DistinctBy(t => t.Root.Get("session.id"))
            .Select(t => (t.Intent, Text: FirstUserMessage(t.Root)))
            .ToList();
        var accuracy = openings.Count(o => classifier.Classify(o.Text).Intent == o.Intent) / (double)openings.Count;

        output.WriteLine($"accuracy {accuracy:0.000} over {openings.Count} conversations");
        Assert.True(openings.Count > 500);
        Assert.True(accuracy >= AccuracyFloor, $"accuracy {accuracy:0.000} is below the floor of {AccuracyFloor}");
    }

    private static string FirstUserMessage(SimSpan root)
    {
        var call = root.SelfAndDescendants().First(s => s.Get("gen_ai.operation.name") as string == "chat");
        using var messages = JsonDocument.Parse((string)call.Get("gen_ai.input.messages")!);
        var user = messages.RootElement.EnumerateArray().First(m => m.GetProperty("role").GetString() == "user");
        var text = user.GetProperty("parts")[0].GetProperty("content").GetString()!;
        return text.Length > ConversationOpening.MaxLength ? text[..ConversationOpening.MaxLength] : text;
    }
}
