using System.CommandLine;
using Telltale.Simulation.Running;

namespace Telltale.Cli.Commands;

/// <summary><c>telltale demo</c>: the simulated fleet with its scripted incidents, sent to a running Telltale.</summary>
public static class DemoCommand
{
    public static Command Create()
    {
        var target = TargetOption.Create("Telltale's OTLP/HTTP and API address.");
        var key = new Option<string>("--key") { Description = "An API key with the ingest scope (an admin key also configures the support assistant's intents).", Required = true };
        var seed = new Option<int?>("--seed") { Description = "Simulator seed (default: a new one each run, so trace ids never repeat)." };
        var noBackfill = new Option<bool>("--no-backfill") { Description = "Skip the 14 days of history and stream live only." };
        var command = new Command("demo", "Simulate AI systems (a RAG support assistant, an IT agent, a summarizer) with scripted incidents: 14 days of history, then live traffic.")
        {
            target, key, seed, noBackfill,
        };
        command.SetAction(async (parse, ct) =>
        {
            var baseUri = parse.GetValue(target)!;
            await DemoRun.RunAsync(baseUri, parse.GetValue(key)!, parse.GetValue(seed) ?? Random.Shared.Next(), !parse.GetValue(noBackfill), Console.Out, ct);
            return 0;
        });
        return command;
    }
}
