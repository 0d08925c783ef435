using Microsoft.Extensions.DependencyInjection;
using Telltale.Core.Projects;
using Telltale.Core.Storage;
using Telltale.Server;
using Telltale.Cli.Demo;
using Telltale.Simulation.Canary;
using Telltale.Simulation.Emission;
using Telltale.Simulation.Running;
using Telltale.Simulation.Scenarios;
using Telltale.Simulation.Systems;

namespace Telltale.Cli.Commands;

/// <summary><c>telltale serve --demo</c>: the simulator runs beside the server, in the same process, with a key of
/// its own issued in-process (so the admin key is still shown only to the person at the terminal).</summary>
public static class ServeDemo
{
    /// <summary>A separate folder by default, so demo data never mixes with real telemetry.</summary>
    public const string DataDir = "./telltale-demo-data";

    /// <summary>Alerts appear within seconds of the evidence: evaluated every 15 s, on windows ending 10 s ago
    /// (the SDK exporter sends every second).</summary>
    public static void Configure(IDictionary<string, string?> settings)
    {
        settings.TryAdd("Telltale:Storage:DataDir", DataDir);
        settings["Telltale:Alerting:IntervalSeconds"] = "15";
        settings["Telltale:Alerting:EvaluationDelaySeconds"] = "10";
    }

    /// <summary>The canary needs a model to call: the simulated one, on a port of its own beside the server, behaving
    /// as the scenario says (hedging once the vendor's update is under way).</summary>
    private static async Task<IAsyncDisposable?> StartCanaryAsync(Scenario scenario, TelltaleClient client, TextWriter log, CancellationToken ct)
    {
        var model = await SimulatedModelServer.StartAsync(new SimulatedSupportModel(scenario), ct);
        try
        {
            var update = scenario.Active(SupportAssistant.SystemName, IncidentKind.VendorModelUpdate, DateTimeOffset.UtcNow);
            var before = (update?.Onset ?? DateTimeOffset.UtcNow).AddDays(-1);
            log.WriteLine("  " + await DemoCanary.ConfigureAsync(client, model.Endpoint, model.Model, before, ct));
            return model;
        }
        catch (HttpRequestException ex)
        {
            log.WriteLine($"  canary: not set up ({ex.Message})");
            await model.DisposeAsync();
            return null;
        }
    }

    public static async Task RunAsync(TelltaleServer server, CancellationToken ct)
    {
        var project = server.Bootstrap!.DefaultProject;
        // Admin as well as ingest, so that once the history is in it can configure the support assistant's intents.
        var key = await server.Services.GetRequiredService<ApiKeyIssuer>().IssueAsync(project.Id, "demo simulator", ApiScope.Ingest | ApiScope.Admin, ct);
        // A restarted demo keeps its history: backfilling again would double it.
        var systems = await server.Services.GetRequiredService<ITelemetryReader>().ListSystemsAsync(project.Id, ct);
        var backfill = !systems.Any(s => s.Name == SupportAssistant.SystemName);
        try
        {
            await DemoRun.RunAsync(server.HttpAddress, key.Secret, Random.Shared.Next(), backfill, Console.Out, ct, StartCanaryAsync);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            Console.Error.WriteLine($"The demo simulator stopped: {ex.Message}");
        }
    }
}
