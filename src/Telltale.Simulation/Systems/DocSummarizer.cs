using System.Diagnostics;
using Telltale.Simulation.Content;
using Telltale.Simulation.Model;
using Telltale.Simulation.Scenarios;

namespace Telltale.Simulation.Systems;

/// <summary>
/// "doc-summarizer": summarizes customer e-mails, call transcripts and ticket threads for support agents. Most
/// documents take one claude-sonnet-4 call; long ones (30 %) are split, each chunk condensed by gpt-4o-mini, then
/// combined by claude-sonnet-4.
/// </summary>
public sealed class DocSummarizer(SystemContext ctx) : ISimulatedSystem
{
    public const string SystemName = "doc-summarizer";
    public const string Version = "2.0.4";
    public const double LongDocumentShare = 0.3;

    public string Name => SystemName;

    public void Arrive(DateTimeOffset start, List<SimEvent> events)
    {
        var r = ctx.Random;
        var person = People.Customer(r);
        var slots = new Dictionary<string, string>
        {
            ["name"] = person.Name, ["email"] = person.Email, ["phone"] = person.Phone,
            ["order"] = $"A{r.Next(100000, 999999)}", ["product"] = r.Pick(SupportContent.Products),
            ["date"] = $"{r.Pick(new[] { "May", "June", "July" })} {r.Next(1, 29)}", ["amount"] = $"${r.Next(9, 400)}.{r.Next(0, 100):00}",
        };
        var (feature, kind) = r.Pick(SummaryContent.DocumentKinds);
        var root = new SimSpan { Name = "summarize_document", Kind = ActivityKind.Internal, Start = start, End = start };
        root.Set("telltale.feature", feature).Set("document.kind", kind).Set("user.id", $"agent-{r.Next(0, 120):000}");

        var document = string.Join(" ", Enumerable.Range(0, r.Next(4, 9)).Select(_ => TextComposer.Fill(r.Pick(SummaryContent.DocumentSentences), slots)));
        var time = start + TimeSpan.FromMilliseconds(r.Uniform(5, 25));
        var chunkSummaries = new List<string>();
        if (r.Chance(LongDocumentShare))
        {
            foreach (var chunk in Enumerable.Range(1, r.Next(2, 5)))
            {
                var output = (long)r.Next(90, 200);
                var text = TextComposer.Compose(r, SummaryContent.SummaryOpenings, SummaryContent.SummarySentences, SummaryContent.SummaryClosings, output, slots);
                var call = LlmCalls.Chat(ctx, time, new LlmCalls.ChatRequest(ModelSpec.Gpt4oMini, r.Next(1200, 1800), output,
                    GenAiMessages.Input(("user", $"Condense part {chunk} of this {kind}:\n{document}")), null, "stop"),
                    () => GenAiMessages.Output(text, "stop"));
                root.Children.Add(call.Set("telltale.feature", feature));
                time = call.End;
                if (call.IsError) break;
                chunkSummaries.Add(text);
            }
        }

        if (root.Children.Count == 0 || !root.Children[^1].IsError)
        {
            var outputTokens = (long)Math.Clamp(r.LogNormal(160, 0.3), 50, 500);
            var leaking = ctx.IsActive(IncidentKind.PiiLeak, time);
            var input = chunkSummaries.Count > 0 ? string.Join("\n", chunkSummaries) : document;
            var inputTokens = chunkSummaries.Count > 0 ? 450 + chunkSummaries.Count * r.Next(120, 200) : r.Next(600, 2500);
            var summarize = LlmCalls.Chat(ctx, time, new LlmCalls.ChatRequest(ModelSpec.ClaudeSonnet4, inputTokens, outputTokens,
                GenAiMessages.Input(("user", $"Summarize this {kind}:\n{input}")), GenAiMessages.SystemInstructions(SummaryContent.SystemPrompt), "stop"),
                () => GenAiMessages.Output(Summary(slots, outputTokens, leaking), "stop"));
            root.Children.Add(summarize.Set("telltale.feature", feature));
        }
        if (root.Children[^1].IsError) root.Fail("Summary not produced: the model call failed");
        root.End = root.Children[^1].End + TimeSpan.FromMilliseconds(r.Uniform(3, 20));
        events.Add(new TraceEvent(root.End, Name, Version, root, ctx.NewTraceId()));
    }

    private string Summary(Dictionary<string, string> slots, long tokens, bool leaking)
    {
        var r = ctx.Random;
        var text = TextComposer.Compose(r, SummaryContent.SummaryOpenings, SummaryContent.SummarySentences, SummaryContent.SummaryClosings, tokens, slots);
        // The leaking prompt version names the customer and how to reach them, against its own instructions.
        return leaking ? text + " " + TextComposer.Fill(r.Pick(SummaryContent.LeakingSentences), slots) : text;
    }
}
