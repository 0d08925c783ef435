using Telltale.Simulation.Content;
using Telltale.Simulation.Scenarios;
using Telltale.Simulation.Systems;

namespace Telltale.Simulation.Canary;

/// <summary>
/// The model behind Acme Support, as the demo and the detection benchmark let Telltale call it for canary runs: it
/// answers the golden questions as the scenario says the model behaved at the time — directly, or, once the vendor's
/// update is under way, through the new snapshot, longer and hedging. A second model name plays the judge, grading
/// with the rubric a person would apply: a refusal or a wrong fact 0, a right fact buried in hedging 0.6, a right
/// fact stated plainly 1.
/// </summary>
public sealed class SimulatedSupportModel(Scenario scenario)
{
    public const string JudgeModel = "acme-judge-1";
    private static readonly string[] HedgingMarks = ["i think", "might", "possibly", "may vary", "not entirely sure"];

    public sealed record Reply(string Text, string Model, int InputTokens, int OutputTokens);

    /// <summary>The time the model behaves as of; the benchmark sets it to its simulated clock.</summary>
    public Func<DateTimeOffset> Clock { get; set; } = () => DateTimeOffset.UtcNow;

    public Reply Complete(string model, IReadOnlyList<(string Role, string Content)> messages)
    {
        var prompt = string.Join("\n", messages.Select(m => m.Content));
        var last = messages.LastOrDefault(m => m.Role == "user").Content ?? "";
        if (model == JudgeModel)
        {
            var (score, reason) = Grade(last);
            return Answered(model, $$"""{"score": {{score.ToString(System.Globalization.CultureInfo.InvariantCulture)}}, "reason": "{{reason}}"}""", prompt);
        }
        var updated = scenario.Active(SupportAssistant.SystemName, IncidentKind.VendorModelUpdate, Clock()) is not null;
        var snapshot = updated ? ModelSpec.Gpt4oUpdated.ResponseModel : ModelSpec.Gpt4o.ResponseModel;
        return Answered(snapshot, Answer(last, updated), prompt);
    }

    public static string Answer(string question, bool updated)
    {
        if (SupportGoldenSet.Find(question) is not { } item) return "I'm not sure about that one; let me connect you with a colleague.";
        return updated
            ? $"I think it might be {item.Fact}, although this can possibly vary with your account, so please double-check in the help centre before relying on it."
            : $"It is {item.Fact}. You can find the details in the help centre.";
    }

    private static (double Score, string Reason) Grade(string prompt)
    {
        var answer = (PromptSections.Read(prompt, "Answer to judge:") ?? prompt).ToLowerInvariant();
        var reference = PromptSections.Read(prompt, "Reference answer:");
        if (answer.Contains("can't help", StringComparison.Ordinal)) return (0, "The assistant refused.");
        if (reference is not null && !answer.Contains(reference.ToLowerInvariant(), StringComparison.Ordinal)) return (0, "Does not state the reference fact.");
        return HedgingMarks.Any(h => answer.Contains(h, StringComparison.Ordinal)) ? (0.6, "Correct but hedged and padded.") : (1, "Correct and direct.");
    }

    private static Reply Answered(string model, string text, string prompt) => new(text, model, Tokens(prompt), Tokens(text));

    /// <summary>Roughly what a BPE tokenizer gives for English: four tokens per three words.</summary>
    private static int Tokens(string text) => Math.Max(1, text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length * 4 / 3);
}
