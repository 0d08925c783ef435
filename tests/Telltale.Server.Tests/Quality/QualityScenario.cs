using System.ClientModel;
using System.Net.Http.Json;
using Microsoft.Extensions.AI;
using OpenAI;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Telltale.Core.Alerting;
using Telltale.Core.Evaluation.Canary;
using Telltale.Server.Tests.Infrastructure;
using Telltale.Server.Tests.Infrastructure.OpenAi;

namespace Telltale.Server.Tests.Quality;

/// <summary>
/// A support assistant in production and Telltale watching it: the application (Microsoft.Extensions.AI over the
/// official OpenAI SDK, traced by the OpenTelemetry SDK, exported over OTLP/HTTP) asks the stand-in model customer
/// questions; Telltale has an LLM connection to the same stand-in, a golden dataset of the same questions, a canary
/// with a contains scorer and an LLM judge, and quality alert rules on its online evaluators. Only the model is a
/// stand-in.
/// </summary>
public sealed class QualityScenario : IAsyncDisposable
{
    public const string SystemName = "support-assistant";
    public const string CanaryName = "support-golden";
    public const string DatasetName = "support-questions";
    /// <summary>One activity source per scenario: tracer providers listen by source name, process-wide, so scenarios
    /// of tests running in parallel would otherwise export each other's calls to their servers.</summary>
    private readonly string _sourceName = $"Telltale.Tests.QualityScenario.{Guid.NewGuid():N}";

    /// <summary>Schedulers are driven by the test through their trigger endpoints, so nothing runs behind its back.</summary>
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Telltale:Evaluation:LagSeconds"] = "0",
        ["Telltale:Evaluation:IntervalSeconds"] = "3600",
        ["Telltale:Evaluation:DefaultSampleRate"] = "1",
        ["Telltale:Alerting:EvaluationDelaySeconds"] = "0",
        ["Telltale:Alerting:IntervalSeconds"] = "3600",
        ["Telltale:Canary:IntervalSeconds"] = "3600",
    };

    public TelltaleTestServer Telltale { get; }
    public QualityStandIn Model { get; }
    private readonly TracerProvider _tracing;
    private readonly IChatClient _app;
    private int _asked;

    private QualityScenario(TelltaleTestServer telltale, QualityStandIn model)
    {
        Telltale = telltale;
        Model = model;
        _tracing = Sdk.CreateTracerProviderBuilder()
            .SetResourceBuilder(ResourceBuilder.CreateEmpty().AddService(SystemName, serviceVersion: "2.3.0"))
            .AddSource(_sourceName)
            .AddOtlpExporter(otlp =>
            {
                otlp.Protocol = OtlpExportProtocol.HttpProtobuf;
                otlp.Endpoint = new Uri(telltale.HttpAddress, "v1/traces");
                otlp.Headers = $"Authorization=Bearer {TelltaleTestServer.AdminKey}";
            })
            .Build();
        var openAi = new OpenAI.Chat.ChatClient("gpt-4o-mini", new ApiKeyCredential("sk-app-key"), new OpenAIClientOptions { Endpoint = model.Endpoint });
        _app = new ChatClientBuilder(openAi.AsIChatClient())
            .UseOpenTelemetry(sourceName: _sourceName, configure: otel => otel.EnableSensitiveData = true)
            .Build();
    }

    /// <param name="settings">Server settings beyond the scenario's own (a smaller evaluation batch, …).</param>
    public static async Task<QualityScenario> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>(Settings);
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>()) all[k] = v;
        var telltale = await TelltaleTestServer.StartAsync(all);
        var model = await QualityStandIn.StartAsync();
        var scenario = new QualityScenario(telltale, model);
        await scenario.ConfigureAsync();
        return scenario;
    }

    private async Task ConfigureAsync()
    {
        await Ok(Telltale.Client.PutAsJsonAsync("/api/v1/llm-connections/standin", new { baseUrl = Model.Endpoint, apiKey = "sk-telltale-key" }));
        // The judge model is not in the shipped price table; the project prices it, so judging has a cost.
        await Ok(Telltale.Client.PutAsync("/api/v1/prices/overrides", OtlpRequests.Json(
            $$"""[{"provider":"openai","match":"{{QualityStandIn.JudgeModel}}","input":2.50,"output":10.00}]""")));
        await Ok(Telltale.Client.PostAsJsonAsync("/api/v1/datasets", new { name = DatasetName, description = "Golden support questions" }));
        await Ok(Telltale.Client.PostAsJsonAsync($"/api/v1/datasets/{DatasetName}/items", DatasetItems(SupportKnowledge.All)));
        await Ok(Telltale.Client.PutAsJsonAsync($"/api/v1/canaries/{CanaryName}", Canary(SystemName, DatasetName, "standin")));
        foreach (var rule in QualityRules())
            await Ok(Telltale.Client.PostAsync("/api/v1/alert-rules", OtlpRequests.Json(Core.Serialization.TelltaleJson.Serialize(rule))));
    }

    /// <summary>Facts as dataset items: the question as input, the fact as reference, the topic as intent.</summary>
    public static IEnumerable<object> DatasetItems(IEnumerable<SupportKnowledge.Fact> facts) =>
        facts.Select(f => new { id = f.Id, input = f.Question, referenceOutput = f.Answer, intent = f.Id.Split('-')[0] });

    /// <summary>The support canary: the production prompt, a contains scorer and the stand-in judge of correctness,
    /// hourly and on every new model version unless told otherwise.</summary>
    public static object Canary(string system, string dataset, string connection, string schedule = "0 * * * *", bool runOnNewModelVersion = true) => new
    {
        system,
        dataset,
        target = new
        {
            connection,
            model = "gpt-4o-mini",
            messages = new[]
            {
                new { role = "system", content = "You are the support assistant of an online shop. Answer in one or two sentences." },
                new { role = "user", content = "{{input}}" },
            },
        },
        scorers = new object[]
        {
            new { type = "contains" },
            new { type = "llm_judge", name = "correctness", judge = new { connection, model = QualityStandIn.JudgeModel, prompt = "correctness" } },
        },
        schedule,
        runOnNewModelVersion,
    };

    /// <summary>What a team would alert on from the online evaluators: refusals, hedging, answers growing longer.</summary>
    private static IEnumerable<AlertRule> QualityRules()
    {
        AlertRule Rule(string metric, double threshold) => new()
        {
            Id = $"quality-{metric.Replace('.', '-')}",
            Name = $"{SystemName}: {metric} above {threshold}",
            Metric = metric,
            Filters = new Dictionary<string, IReadOnlyList<string>> { ["system"] = [SystemName] },
            Window = TimeSpan.FromMinutes(10),
            Condition = new StaticThreshold { Direction = Direction.Up, Threshold = threshold },
            MinSamples = 10,
            Severity = AlertSeverity.Warning,
        };
        // Thresholds a team would pick for an assistant that normally never refuses or hedges. Windows hold the calls
        // from before and after a change alike (the test runs in minutes), so a threshold is crossed by the mix.
        return [Rule("score.refusal", 0.05), Rule("score.hedging", 0.2), Rule("score.verbosity", 1.1)];
    }

    /// <summary>Production traffic: the next questions of the knowledge base, asked by the application.</summary>
    public async Task AskAsync(int questions)
    {
        for (var i = 0; i < questions; i++)
        {
            var fact = SupportKnowledge.All[_asked++ % SupportKnowledge.All.Count];
            await _app.GetResponseAsync([new ChatMessage(ChatRole.System, "You are the support assistant of an online shop."), new ChatMessage(ChatRole.User, fact.Question)]);
        }
        Assert.True(_tracing.ForceFlush(10_000), "The OTLP exporter did not flush.");
        // The exporter's flush can return before its last request is answered; what follows must see every call.
        await TelltaleTestServer.EventuallyAsync(
            () => Telltale.GetAsync<Core.Querying.MetricsResult>($"/api/v1/metrics?range=1h&system={SystemName}"),
            m => m.Series.Sum(s => s.Totals.Count) >= _asked);
    }

    public async Task<int> EvaluateOnlineAsync()
    {
        var response = await Ok(Telltale.Client.PostAsync("/api/v1/evaluators/run", null));
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("scores").GetInt32();
    }

    public async Task<CanaryRun> RunCanaryAsync() =>
        Core.Serialization.TelltaleJson.Deserialize<CanaryRun>(await (await Ok(Telltale.Client.PostAsync($"/api/v1/canaries/{CanaryName}/runs", null))).Content.ReadAsStringAsync())!;

    /// <summary>What the canary scheduler would start now.</summary>
    public async Task<List<CanaryRun>> RunDueCanariesAsync() =>
        Core.Serialization.TelltaleJson.Deserialize<List<CanaryRun>>(await (await Ok(Telltale.Client.PostAsync("/api/v1/canary-scheduler/run", null))).Content.ReadAsStringAsync())!;

    public async Task<List<AlertRecord>> FiringAlertsAsync()
    {
        await Ok(Telltale.Client.PostAsync("/api/v1/alert-rules/evaluate", null));
        return await Telltale.GetAsync<List<AlertRecord>>("/api/v1/alerts?state=firing");
    }

    public static async Task<HttpResponseMessage> Ok(Task<HttpResponseMessage> request)
    {
        var response = await request;
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response;
    }

    public async ValueTask DisposeAsync()
    {
        _app.Dispose();
        _tracing.Dispose();
        await Model.DisposeAsync();
        await Telltale.DisposeAsync();
    }
}
