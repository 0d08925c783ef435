using Xunit.Abstractions;

namespace Telltale.Intents.Tests;

public sealed class MlNetIntentClassifierTests(ITestOutputHelper output)
{
    /// <summary>The floor the acceptance criterion states. Measured: see the report printed by the test.</summary>
    private const double AccuracyFloor = 0.8;

    [Fact]
    public void Held_out_support_utterances_are_classified_with_accuracy_of_at_least_80_percent()
    {
        Assert.DoesNotContain(SupportUtterances.HeldOut, h => SupportUtterances.Training.Any(i => i.Examples.Contains(h.Text)));
        var classifier = MlNetIntentClassifier.Train(SupportUtterances.Training);

        var predictions = SupportUtterances.HeldOut.Select(h => (h.Text, h.Intent, Predicted: classifier.Classify(h.Text))).ToList();
        var accuracy = predictions.Count(p => p.Predicted.Intent == p.Intent) / (double)predictions.Count;

        foreach (var p in predictions.Where(p => p.Predicted.Intent != p.Intent))
            output.WriteLine($"missed: '{p.Text}' ({p.Intent}) → {p.Predicted.Intent} {p.Predicted.Confidence:0.00}");
        var correct = predictions.Where(p => p.Predicted.Intent == p.Intent).Select(p => p.Predicted.Confidence).Order().ToList();
        output.WriteLine($"accuracy {accuracy:0.000} on {predictions.Count}; confidence of correct guesses min {correct[0]:0.00}, median {correct[correct.Count / 2]:0.00}");
        foreach (var text in SupportUtterances.OffTopic)
            output.WriteLine($"off-topic: '{text}' → {classifier.Classify(text)}");
        Assert.True(accuracy >= AccuracyFloor, $"accuracy {accuracy:0.000} is below the floor of {AccuracyFloor}");
    }
}
