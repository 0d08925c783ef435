using System.Net;
using System.Text.Json.Nodes;
using Telltale.Simulation.Canary;
using Telltale.Simulation.Content;
using Telltale.Simulation.Emission;
using Telltale.Simulation.Systems;

namespace Telltale.Simulation.Running;

/// <summary>
/// The demo's canary evaluation of Acme Support: an LLM connection to the simulated model, the golden dataset, a
/// canary with a contains scorer and a judge, and — the first time — a baseline run as the model behaved before the
/// vendor's update (as if the team had set the canary up weeks ago), then a run now, which regresses and alerts.
/// </summary>
public static class DemoCanary
{
    public const string Name = "support-golden";
    public const string Connection = "acme-model";

    /// <param name="modelEndpoint">Where the simulated model answers (its <c>/v1/</c> root).</param>
    /// <returns>What it did, for the demo's log.</returns>
    public static async Task<string> ConfigureAsync(TelltaleClient client, Uri modelEndpoint, SimulatedSupportModel model, DateTimeOffset beforeUpdate,
        CancellationToken ct)
    {
        if (!await DefineAsync(client, modelEndpoint, ct)) return $"canary '{Name}': model connection updated; runs hourly and on new model versions";

        var clock = model.Clock;
        model.Clock = () => beforeUpdate;
        try
        {
            await Require(client.SendJsonAsync(HttpMethod.Post, $"api/v1/canaries/{Name}/runs", null, ct));
        }
        finally
        {
            model.Clock = clock;
        }
        var (_, run) = await Require(client.SendJsonAsync(HttpMethod.Post, $"api/v1/canaries/{Name}/runs", null, ct));
        var verdict = run!.RootElement.TryGetProperty("comparison", out var c) ? c.GetProperty("verdict").GetString() : "no comparison";
        return $"canary '{Name}': {SupportGoldenSet.Items.Count} golden questions, baseline run as of {beforeUpdate:yyyy-MM-dd}, run now: {verdict}";
    }

    /// <summary>The connection (always: the model's address changes with every start), and the first time the judge's
    /// price, the dataset and the canary.</summary>
    /// <returns>True when the canary was created now.</returns>
    public static async Task<bool> DefineAsync(TelltaleClient client, Uri modelEndpoint, CancellationToken ct)
    {
        await Require(client.SendJsonAsync(HttpMethod.Put, $"api/v1/llm-connections/{Connection}", new JsonObject { ["baseUrl"] = modelEndpoint.ToString() }, ct));
        var (existing, _) = await client.SendJsonAsync(HttpMethod.Get, $"api/v1/canaries/{Name}", null, ct);
        if (existing == HttpStatusCode.OK) return false;
        await Require(client.SendJsonAsync(HttpMethod.Put, "api/v1/prices/overrides", new JsonArray(new JsonObject
        {
            ["provider"] = "openai", ["match"] = SimulatedSupportModel.JudgeModel, ["input"] = 2.5, ["output"] = 10.0,
        }), ct));
        await Require(client.SendJsonAsync(HttpMethod.Post, "api/v1/datasets", new JsonObject { ["name"] = Name, ["description"] = "Acme Support golden questions" }, ct),
            HttpStatusCode.Conflict);
        await Require(client.SendJsonAsync(HttpMethod.Post, $"api/v1/datasets/{Name}/items", new JsonArray(SupportGoldenSet.Items.Select(i => (JsonNode)new JsonObject
        {
            ["id"] = i.Id, ["input"] = i.Question, ["referenceOutput"] = i.Fact, ["intent"] = i.Intent,
        }).ToArray()), ct));
        await Require(client.SendJsonAsync(HttpMethod.Put, $"api/v1/canaries/{Name}", Definition(), ct));
        return true;
    }

    /// <summary>The canary: Acme's production prompt on gpt-4o, the fact must appear, and a judge grades correctness.</summary>
    public static JsonObject Definition() => new()
    {
        ["system"] = SupportAssistant.SystemName,
        ["dataset"] = Name,
        ["target"] = new JsonObject
        {
            ["connection"] = Connection,
            ["model"] = ModelSpec.Gpt4o.RequestModel,
            ["messages"] = new JsonArray(
                new JsonObject { ["role"] = "system", ["content"] = SupportContent.SystemPrompt },
                new JsonObject { ["role"] = "user", ["content"] = "Customer: {{input}}" }),
        },
        ["scorers"] = new JsonArray(
            new JsonObject { ["type"] = "contains" },
            new JsonObject
            {
                ["type"] = "llm_judge", ["name"] = "correctness",
                ["judge"] = new JsonObject { ["connection"] = Connection, ["model"] = SimulatedSupportModel.JudgeModel, ["prompt"] = "correctness" },
            }),
    };

    private static async Task<(HttpStatusCode, System.Text.Json.JsonDocument?)> Require(Task<(HttpStatusCode Status, System.Text.Json.JsonDocument? Body)> call,
        HttpStatusCode alsoFine = HttpStatusCode.OK)
    {
        var result = await call;
        if ((int)result.Status is < 200 or > 299 && result.Status != alsoFine)
            throw new HttpRequestException($"Setting up the demo canary failed ({(int)result.Status}): {result.Body?.RootElement.GetRawText()}");
        return result;
    }
}
