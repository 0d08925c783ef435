using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

using Telltale.Simulation.Canary;

namespace Telltale.Server.Tests.Infrastructure.OpenAi;

/// <summary>
/// A local OpenAI-compatible server playing two models, for the quality acceptance tests: the production
/// assistant (whose <see cref="Behaviour"/> a test switches: normal, a vendor update, refusing one in five) and a
/// judge model (<see cref="JudgeModel"/>) that grades answers with a fixed rubric a human grader would also apply:
/// a refusal or a wrong answer 0, a correct answer buried in hedging 0.6, a correct direct answer 1. Real Kestrel,
/// real HTTP, OpenAI's response JSON, so the official SDK inside Telltale runs unmodified against it.
/// </summary>
public sealed class QualityStandIn : IAsyncDisposable
{
    public const string JudgeModel = "judge-standin-1";
    public const string NormalSnapshot = "gpt-4o-mini-2024-07-18";
    public const string UpdatedSnapshot = "gpt-4o-mini-2025-04-14";

    public const string Refusal = "I'm sorry, but I can't help with that request.";
    private static readonly string[] HedgingMarks = ["i think", "might", "may be", "probably", "not entirely sure", "possibly"];

    private WebApplication _app = null!;
    private int _assistantCalls;
    private int _judgeCalls;

    public Uri Endpoint { get; private set; } = null!;
    public AssistantBehaviour Behaviour { get; set; } = AssistantBehaviour.Normal;
    public int AssistantCalls => _assistantCalls;
    public int JudgeCalls => _judgeCalls;

    public static async Task<QualityStandIn> StartAsync()
    {
        var standIn = new QualityStandIn();
        (standIn._app, standIn.Endpoint) = await LoopbackApp.StartAsync(app => app.MapPost("/v1/chat/completions", standIn.CompleteAsync));
        return standIn;
    }

    private async Task<IResult> CompleteAsync(HttpRequest request)
    {
        using var body = await JsonDocument.ParseAsync(request.Body);
        var model = body.RootElement.GetProperty("model").GetString()!;
        var messages = body.RootElement.GetProperty("messages").EnumerateArray()
            .Select(m => (Role: m.GetProperty("role").GetString()!, Content: Text(m.GetProperty("content")))).ToList();
        var prompt = string.Join("\n", messages.Select(m => m.Content));
        if (model == JudgeModel)
        {
            Interlocked.Increment(ref _judgeCalls);
            var (score, reason) = Grade(messages.Last(m => m.Role == "user").Content);
            return Json(Completion(JudgeModel, JsonSerializer.Serialize(new { score, reason }), prompt));
        }
        Interlocked.Increment(ref _assistantCalls);
        var question = messages.Last(m => m.Role == "user").Content;
        var behaviour = Behaviour;
        return Json(Completion(behaviour == AssistantBehaviour.VendorUpdate ? UpdatedSnapshot : NormalSnapshot, Answer(question, behaviour), prompt));
    }

    /// <summary>The assistant: the fact asked for, said plainly, hedged, or refused.</summary>
    public static string Answer(string question, AssistantBehaviour behaviour)
    {
        var fact = SupportKnowledge.Find(question);
        if (fact is null) return "Let me connect you with a colleague who can look into that for you.";
        if (behaviour == AssistantBehaviour.Refuses20Percent && SupportKnowledge.IndexOf(fact) % 5 == 0) return Refusal;
        var plain = $"For {fact.Subject}, it is {fact.Answer}. You can find the details on your order page.";
        return behaviour == AssistantBehaviour.VendorUpdate
            ? $"I think, for {fact.Subject}, it might be {fact.Answer}. You can possibly find the details on your order page."
              + " Policies may be updated."
            : plain;
    }

    /// <summary>The judge's rubric, read from the prompt Telltale rendered.</summary>
    private static (double Score, string Reason) Grade(string prompt)
    {
        var answer = PromptSections.Read(prompt, "Answer to judge:") ?? prompt;
        var reference = PromptSections.Read(prompt, "Reference answer:");
        var lower = answer.ToLowerInvariant();
        if (lower.Contains("i can't help", StringComparison.Ordinal)) return (0, "The assistant refused.");
        if (reference is not null && !lower.Contains(reference.Trim().ToLowerInvariant(), StringComparison.Ordinal)) return (0, "Does not state the reference fact.");
        return HedgingMarks.Any(h => lower.Contains(h, StringComparison.Ordinal))
            ? (0.6, "Correct but hedged and padded.")
            : (1, "Correct and direct.");
    }

    private static string Text(JsonElement content) => content.ValueKind == JsonValueKind.String
        ? content.GetString()!
        : string.Join("", content.EnumerateArray().Select(p => p.TryGetProperty("text", out var t) ? t.GetString() : ""));

    private static JsonObject Completion(string model, string text, string prompt) =>
        ChatCompletionJson.Answer(model, new ScriptedAnswer(text, new ScriptedUsage(Tokens(prompt), Tokens(text))));

    /// <summary>Roughly what a BPE tokenizer gives for English: four tokens per three words.</summary>
    private static int Tokens(string text) => Math.Max(1, text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length * 4 / 3);

    private static IResult Json(JsonObject body) => Results.Text(body.ToJsonString(), "application/json");

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
