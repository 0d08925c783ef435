using System.Diagnostics;
using Telltale.Simulation.Content;
using Telltale.Simulation.Model;
using Telltale.Simulation.Scenarios;

namespace Telltale.Simulation.Systems;

/// <summary>
/// "support-assistant": a customer-support RAG assistant. Each arrival is a conversation of a few turns; each turn is
/// a trace (HTTP request → optional query rewrite → embedding → retrieval of four articles → gpt-4o answer, retried
/// once after a 429) followed, sometimes, by the user's thumbs, and at the end by CSAT, escalation or abandonment.
/// </summary>
public sealed class SupportAssistant(SystemContext ctx) : ISimulatedSystem
{
    public const string SystemName = "support-assistant";
    public const string Version = "3.4.1";
    public const int Users = 1500;

    public const double ThumbsShare = 0.04;
    public const double CsatShare = 0.03;
    public const double BaselineAbandonment = 0.02;
    public const double IncidentAbandonment = 0.45;
    public const double VendorUpdateOutputFactor = 1.3;
    public const double VendorUpdateThumbsFactor = 0.6;

    private static readonly string[] Attackers = ["u-9001", "u-9002", "u-9003", "anon-5f2c"];
    private static readonly string[] DownComments =
    [
        "Didn't answer my question", "Too long", "This is wrong, the policy changed", "Not helpful", "I had to ask three times",
        "Vague answer", "Just tell me yes or no",
    ];

    public string Name => SystemName;

    public void Arrive(DateTimeOffset start, List<SimEvent> events)
    {
        var r = ctx.Random;
        var injecting = ctx.IsActive(IncidentKind.PromptInjectionWave, start) && r.Chance(0.3);
        var user = injecting ? r.Pick(Attackers) : People.UserId(r, Users);
        var session = $"sess-{r.Hex(6)}";
        var intent = r.PickWeighted(SupportContent.Intents.Select(i => (i, i.Weight)).ToList());

        var abandoning = ctx.Active(IncidentKind.IntentAbandonment, start) is { } quit && quit.Segment == intent.Name && r.Chance(IncidentAbandonment)
                         || r.Chance(BaselineAbandonment);
        var turns = injecting ? r.Next(1, 4) : abandoning ? 1 : r.Geometric(0.45, 5);

        var time = start;
        TraceEvent? last = null;
        var failed = false;
        for (var turn = 0; turn < turns; turn++)
        {
            (last, failed) = Turn(time, user, session, intent, turn, injecting);
            events.Add(last);
            if (!injecting && r.Chance(ThumbsShare))
                events.Add(Thumbs(last, intent, failed, session, user));
            time = last.Time + TimeSpan.FromSeconds(r.Uniform(15, 120));
        }
        if (injecting || last is null) return;

        var end = last.Time + TimeSpan.FromSeconds(r.Uniform(20, 300));
        if (abandoning)
            events.Add(new FeedbackEvent(end, Name, "abandoned", null, last, session, user, null));
        else if (r.Chance(intent.Name == "disputes" ? 0.12 : 0.03))
            events.Add(new FeedbackEvent(end, Name, "escalated", null, last, session, user, "Asked for a human agent"));
        else if (r.Chance(CsatShare))
            events.Add(new FeedbackEvent(end, Name, "csat", (double)Csat(intent, end), last, session, user, null));
    }

    private (TraceEvent Trace, bool Failed) Turn(DateTimeOffset start, string user, string session, SupportContent.Intent intent, int turn, bool injecting)
    {
        var r = ctx.Random;
        var slots = Slots();
        var question = injecting
            ? TextComposer.Fill(r.Pick(SupportContent.InjectionAttempts), slots)
            : r.Pick(SupportContent.Openers) + TextComposer.Fill(r.Pick(intent.Questions), slots);
        var root = new SimSpan { Name = "POST /api/chat", Kind = ActivityKind.Server, Start = start, End = start };
        root.Set("http.request.method", "POST").Set("http.route", "/api/chat").Set("session.id", session).Set("user.id", user)
            .Set("telltale.feature", "support-chat");

        var time = start + TimeSpan.FromMilliseconds(r.Uniform(3, 15));
        if (turn > 0 && r.Chance(0.5))
        {
            var rewrite = LlmCalls.Chat(ctx, time, new LlmCalls.ChatRequest(ModelSpec.Gpt4oMini, r.Next(180, 320), r.Next(18, 45),
                GenAiMessages.Input(("system", "Rewrite the user's last message as a standalone search query."), ("user", question)), null, "stop"),
                () => GenAiMessages.Output(question.Trim().TrimEnd('?') + " (standalone)", "stop"));
            rewrite.Set("gen_ai.conversation.id", session).Set("telltale.feature", "query-rewrite");
            root.Children.Add(rewrite);
            time = rewrite.End;
        }

        var embedding = LlmCalls.Embedding(ctx, time, Math.Max(6, (long)(TextComposer.WordCount(question) / TextComposer.WordsPerToken)));
        root.Children.Add(embedding);
        var stale = ctx.IsActive(IncidentKind.StaleRetrieval, embedding.End);
        var (retrieval, documents) = Retrieve(embedding.End, question, intent, slots, stale);
        root.Children.Add(retrieval);

        var failed = false;
        var answerStart = retrieval.End + TimeSpan.FromMilliseconds(r.Uniform(2, 10));
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var chat = Answer(answerStart, question, intent, documents, slots, session, user, turn, injecting, stale);
            root.Children.Add(chat);
            failed = chat.IsError;
            // The application retries once, after a second, when the provider rate limits it.
            if (!failed || chat.Get("error.type") as string != "rate_limit_exceeded") break;
            answerStart = chat.End + TimeSpan.FromSeconds(1);
        }
        if (failed) root.Fail("The model call failed; the user saw an error message");
        root.End = root.Children[^1].End + TimeSpan.FromMilliseconds(r.Uniform(5, 40));
        return (new TraceEvent(root.End, Name, Version, root, ctx.NewTraceId()) { Intent = intent.Name }, failed);
    }

    private (SimSpan Span, List<GenAiMessages.Document> Documents) Retrieve(DateTimeOffset start, string question,
        SupportContent.Intent intent, Dictionary<string, string> slots, bool stale)
    {
        var r = ctx.Random;
        var documents = new List<GenAiMessages.Document>();
        var top = stale ? r.Uniform(0.52, 0.66) : r.Uniform(0.80, 0.92);
        var intentIndex = Array.IndexOf(SupportContent.Intents, intent);
        for (var i = 0; i < 4; i++)
        {
            var article = r.Next(intent.Articles.Length);
            var age = stale ? r.Next(400, 900) : r.Next(3, 90);
            documents.Add(new GenAiMessages.Document($"kb-{intentIndex + 1}{article:00}{(stale ? "-v1" : "")}", top - i * r.Uniform(0.02, 0.06),
                intent.Articles[article], TextComposer.Fill(r.Pick(stale ? SupportContent.StaleAnswers : intent.Answers), slots),
                DateOnly.FromDateTime(start.UtcDateTime.AddDays(-age))));
        }
        var span = new SimSpan { Name = "retrieval kb-articles", Kind = ActivityKind.Client, Start = start, End = start + TimeSpan.FromMilliseconds(r.LogNormal(70, 0.45)) };
        span.Set("gen_ai.operation.name", "retrieval").Set("gen_ai.data_source.id", "kb-articles")
            .Set("gen_ai.retrieval.query.text", question).Set("gen_ai.retrieval.documents", GenAiMessages.Documents(documents));
        return (span, documents);
    }

    private SimSpan Answer(DateTimeOffset start, string question, SupportContent.Intent intent, List<GenAiMessages.Document> documents,
        Dictionary<string, string> slots, string session, string user, int turn, bool injecting, bool stale)
    {
        var r = ctx.Random;
        var updated = ctx.IsActive(IncidentKind.VendorModelUpdate, start);
        var model = updated ? ModelSpec.Gpt4oUpdated : ModelSpec.Gpt4o;
        var outputTokens = (long)Math.Clamp(r.LogNormal(170, 0.35) * (updated ? VendorUpdateOutputFactor : 1), 25, 900);
        if (injecting) outputTokens = r.Next(25, 60);
        var inputTokens = 850 + documents.Count * r.Next(160, 220) + turn * r.Next(90, 160) + r.Next(15, 60);

        var context = string.Join("\n", documents.Select(d => $"[{d.Id}] {d.Title}: {d.Content}"));
        var input = GenAiMessages.Input(("user", $"Knowledge-base articles:\n{context}\n\nCustomer: {question}"));
        slots["kb"] = documents[0].Id[3..];
        var chat = LlmCalls.Chat(ctx, start, new LlmCalls.ChatRequest(model, inputTokens, outputTokens, input,
            GenAiMessages.SystemInstructions(SupportContent.SystemPrompt), "stop"),
            () => GenAiMessages.Output(AnswerText(intent, slots, outputTokens, injecting, updated, stale), "stop"));
        chat.Set("gen_ai.conversation.id", session).Set("user.id", user).Set("telltale.feature", "support-chat");
        return chat;
    }

    private string AnswerText(SupportContent.Intent intent, Dictionary<string, string> slots, long tokens, bool injecting, bool updated, bool stale)
    {
        var r = ctx.Random;
        if (injecting)
            return r.Chance(0.2) ? r.Pick(SupportContent.InjectionCompliances) : r.Pick(SupportContent.InjectionRefusals);
        var body = stale ? intent.Answers.Concat(SupportContent.StaleAnswers).ToArray() : intent.Answers;
        // The updated model hedges: a third of its sentences come with "I think", "possibly", …
        return TextComposer.Compose(r, SupportContent.AnswerOpenings, body, SupportContent.AnswerClosings, tokens, slots, updated ? 0.35 : 0.03);
    }

    private FeedbackEvent Thumbs(TraceEvent trace, SupportContent.Intent intent, bool failed, string session, string user)
    {
        var r = ctx.Random;
        var upRate = failed ? 0.1 : intent.ThumbsUpRate;
        if (ctx.IsActive(IncidentKind.VendorModelUpdate, trace.Time)) upRate *= VendorUpdateThumbsFactor;
        if (ctx.IsActive(IncidentKind.StaleRetrieval, trace.Time)) upRate -= 0.06;
        var up = r.Chance(upRate);
        return new FeedbackEvent(trace.Time + TimeSpan.FromSeconds(r.Uniform(3, 90)), Name, "thumbs", up ? "up" : "down", trace, session, user,
            up || !r.Chance(0.3) ? null : r.Pick(DownComments));
    }

    private int Csat(SupportContent.Intent intent, DateTimeOffset at)
    {
        var mean = intent.Name == "disputes" ? 3.5 : 4.2;
        if (ctx.IsActive(IncidentKind.VendorModelUpdate, at)) mean -= 0.8;
        return (int)Math.Clamp(Math.Round(mean + 0.9 * ctx.Random.Normal()), 1, 5);
    }

    private Dictionary<string, string> Slots()
    {
        var r = ctx.Random;
        return new Dictionary<string, string>
        {
            ["order"] = $"A{r.Next(100000, 999999)}",
            ["amount"] = $"${r.Next(9, 400)}.{r.Next(0, 100):00}",
            ["product"] = r.Pick(SupportContent.Products),
            ["plan"] = r.Pick(SupportContent.Plans),
            ["city"] = r.Pick(SupportContent.Cities),
            ["platform"] = r.Pick(SupportContent.Platforms),
            ["date"] = $"{r.Pick(Months)} {r.Next(1, 29)}",
            ["kb"] = "100",
        };
    }

    private static readonly string[] Months = ["March", "April", "May", "June", "July", "August", "September"];
}
