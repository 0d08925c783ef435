using System.CommandLine;
using Telltale.Server;
using Telltale.Storage.DuckDb;

namespace Telltale.Cli.Commands;

/// <summary><c>telltale serve</c>: the whole product in one process on an embedded DuckDB file.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var dataDir = new Option<string?>("--data-dir") { Description = "Folder of the embedded database (default ./telltale-data)." };
        var httpPort = new Option<int?>("--http-port") { Description = "OTLP/HTTP, API and dashboard port (default 4318)." };
        var grpcPort = new Option<int?>("--grpc-port") { Description = "OTLP/gRPC port (default 4317; -1 disables gRPC)." };
        var host = new Option<string?>("--host") { Description = "Address to bind (default 127.0.0.1; '*' for all interfaces)." };
        var demo = new Option<bool>("--demo") { Description = "Also run the simulated AI fleet with scripted incidents (data in ./telltale-demo-data unless --data-dir)." };

        var command = new Command("serve", "Run Telltale: OTLP receiver, API and dashboard on an embedded DuckDB file.")
        {
            dataDir, httpPort, grpcPort, host, demo,
        };
        command.SetAction(async (parse, ct) =>
        {
            // Flags win over appsettings and Telltale__* environment variables; unset flags leave those alone.
            var settings = new Dictionary<string, string?>();
            if (parse.GetValue(dataDir) is { } d) settings["Telltale:Storage:DataDir"] = d;
            if (parse.GetValue(httpPort) is { } hp) settings["Telltale:Http:Port"] = hp.ToString();
            if (parse.GetValue(grpcPort) is { } gp) settings["Telltale:Grpc:Port"] = gp.ToString();
            if (parse.GetValue(host) is { } h) settings["Telltale:Host"] = h;
            if (parse.GetValue(demo)) ServeDemo.Configure(settings);

            TelltaleServer created;
            try
            {
                created = TelltaleServer.Create([], settings);
            }
            catch (Microsoft.Extensions.Options.OptionsValidationException invalid)
            {
                await PrintInvalidSettingsAsync(invalid);
                return 1;
            }
            await using var server = created;
            try
            {
                await server.StartAsync(ct);
            }
            catch (Exception ex) when (FindIncompatibleDataFile(ex) is { } incompatible)
            {
                await Console.Error.WriteLineAsync(incompatible.Message);
                return 1;
            }
            catch (Microsoft.Extensions.Options.OptionsValidationException invalid)
            {
                await PrintInvalidSettingsAsync(invalid);
                return 1;
            }
            StartupBanner.Print(server, Console.Out);
            using var stopDemo = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var simulator = parse.GetValue(demo) ? ServeDemo.RunAsync(server, stopDemo.Token) : Task.CompletedTask;
            await server.WaitForShutdownAsync(ct);
            await stopDemo.CancelAsync();
            await simulator;
            return 0;
        });
        return command;
    }

    private static async Task PrintInvalidSettingsAsync(Microsoft.Extensions.Options.OptionsValidationException invalid)
    {
        await Console.Error.WriteLineAsync("Telltale cannot start: these settings are not valid (flags, appsettings.json or Telltale__* environment variables):");
        foreach (var problem in invalid.Failures) await Console.Error.WriteLineAsync("  - " + problem);
    }

    private static IncompatibleDataFileException? FindIncompatibleDataFile(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
            if (ex is IncompatibleDataFileException incompatible) return incompatible;
        return null;
    }
}
